package com.acme.orders;

import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

public class OrderServlet extends HttpServlet {
  private final OrderRepository orders = new OrderRepository();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String customer = request.getParameter("customer");
    String status = request.getParameter("status");
    int page = Integer.parseInt(request.getParameter("page"));

    Cookie lastCustomer = new Cookie("last-customer", Encode.forUriComponent(customer));
    lastCustomer.setSecure(true);
    lastCustomer.setHttpOnly(true);
    response.addCookie(lastCustomer);

    response.setContentType("text/html");
    response.getWriter().println("<h1>Orders of " + Encode.forHtml(customer) + "</h1>");
    for (String line : orders.search(customer, status, page)) {
      response.getWriter().println("<p>" + Encode.forHtml(line) + "</p>");
    }
  }
}
