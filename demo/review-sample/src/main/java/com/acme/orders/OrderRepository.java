package com.acme.orders;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

public class OrderRepository {
  private static final int PAGE_SIZE = 20;

  public List<String> search(String customer, String status, int page) {
    List<String> lines = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(System.getenv("ORDERS_DB_URL"))) {
      PreparedStatement byCustomer =
          connection.prepareStatement("SELECT id, total FROM orders WHERE customer = ? LIMIT ? OFFSET ?");
      byCustomer.setString(1, customer);
      byCustomer.setInt(2, PAGE_SIZE);
      byCustomer.setInt(3, page * PAGE_SIZE);
      collect(byCustomer.executeQuery(), lines);

      Statement statement = connection.createStatement();
      String filter = "SELECT id, total FROM orders WHERE status = '" + status + "'";
      collect(statement.executeQuery(filter), lines);
    } catch (SQLException e) {
      lines.add("unavailable");
    }
    return lines;
  }

  private static void collect(ResultSet rows, List<String> lines) throws SQLException {
    while (rows.next()) {
      lines.add(rows.getString("id") + " " + rows.getString("total"));
    }
  }
}
