import { expectReported } from './support/review-marked';

/**
 * Request sources and response sinks of web frameworks beyond servlets, Spring MVC, Flask, Django
 * function views and Express, on real source: each source reaches a sink (the line marked `// HERE`
 * or `# HERE`), and each look-alike the framework makes safe (a typed or piped parameter, a
 * response that is not HTML, a value the server chose) is not reported.
 */

describe('Java: JAX-RS', () => {
  test('annotated parameters (@QueryParam, @PathParam, @HeaderParam, @CookieParam, @FormParam, @MatrixParam, @BeanParam) are request data; a typed one is not', async () => {
    await expectReported('path-traversal', {
      'Files.java': `import javax.ws.rs.*;
import java.io.*;

@Path("/files")
public class Files {
    @GET
    @Path("/{name}")
    public String read(@PathParam("name") String name, @QueryParam("v") String version,
            @HeaderParam("X-Dir") String dir, @CookieParam("theme") String theme,
            @MatrixParam("lang") String lang, @PathParam("id") long id) throws IOException {
        new FileInputStream(name); // HERE
        new FileInputStream("/srv/" + version); // HERE
        new FileInputStream(dir); // HERE
        new FileInputStream(theme); // HERE
        new FileInputStream(lang); // HERE
        new FileInputStream("/srv/" + id + ".txt");
        return "ok";
    }

    @POST
    public String upload(@FormParam("path") String path, @BeanParam Query query) throws IOException {
        new FileOutputStream(path); // HERE
        new FileOutputStream(query.getFolder()); // HERE
        return "ok";
    }
}
`,
    });
  });

  test('@Context UriInfo and HttpHeaders getters read the request; the base URI is the server\u2019s', async () => {
    await expectReported('sql-injection', {
      'Search.java': `import javax.ws.rs.GET;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.UriInfo;
import java.sql.*;

public class Search {
    private Connection conn;

    @GET
    public String search(@Context UriInfo uriInfo, @Context HttpHeaders headers) throws SQLException {
        Statement st = conn.createStatement();
        st.executeQuery("SELECT * FROM t WHERE q = '" + uriInfo.getQueryParameters().getFirst("q") + "'"); // HERE
        st.executeQuery("SELECT * FROM t WHERE p = '" + uriInfo.getPathParameters().getFirst("p") + "'"); // HERE
        st.executeQuery("SELECT * FROM t WHERE l = '" + headers.getHeaderString("Accept-Language") + "'"); // HERE
        st.executeQuery("SELECT * FROM t WHERE c = '" + headers.getCookies().get("sid").getValue() + "'"); // HERE
        st.executeQuery("SELECT * FROM t WHERE b = '" + uriInfo.getBaseUri() + "'");
        return "ok";
    }
}
`,
    });
  });

  test('a resource method returning a string is HTML only with @Produces(TEXT_HTML) or a Response built as HTML', async () => {
    await expectReported('cross-site-scripting', {
      'Pages.java': `import javax.ws.rs.*;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

@Path("/pages")
public class Pages {
    @GET
    @Produces(MediaType.TEXT_HTML)
    public String html(@QueryParam("q") String q) {
        return "<h1>" + q + "</h1>"; // HERE
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String json(@QueryParam("q") String q) {
        return "{\\"q\\": \\"" + q + "\\"}";
    }

    @GET
    public String negotiated(@QueryParam("q") String q) {
        return "<h1>" + q + "</h1>";
    }

    @GET
    public Response built(@QueryParam("q") String q) {
        return Response.ok("<p>" + q + "</p>", MediaType.TEXT_HTML_TYPE).build(); // HERE
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response plain(@QueryParam("q") String q) {
        return Response.ok("<p>" + q + "</p>").type(MediaType.TEXT_PLAIN).build();
    }
}
`,
    });
  });
});

describe('Java: Micronaut and Quarkus', () => {
  test('Micronaut bindings and HttpRequest getters are request data; the request object itself is not', async () => {
    await expectReported('os-command-injection', {
      'Tools.java': `import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.*;

@Controller("/tools")
class Tools {
    @Get("/{host}")
    String ping(@PathVariable String host, @QueryValue String count, @Header("X-Opt") String opt,
            @CookieValue("mode") String mode, HttpRequest<?> request) throws Exception {
        Runtime.getRuntime().exec("sh -c 'ping " + host + "'"); // HERE
        Runtime.getRuntime().exec("ping -c " + count); // HERE
        Runtime.getRuntime().exec("ping " + opt); // HERE
        Runtime.getRuntime().exec("ping " + mode); // HERE
        Runtime.getRuntime().exec("ping " + request.getParameters().get("h")); // HERE
        Runtime.getRuntime().exec("ping " + request.getHeaders().get("X-H")); // HERE
        Runtime.getRuntime().exec("ping " + request.getMethodName());
        return "ok";
    }

    @Post
    String convert(@Body String body) throws Exception {
        Runtime.getRuntime().exec("convert " + body); // HERE
        return "ok";
    }
}
`,
    });
  });

  test('Micronaut handlers return JSON unless they produce HTML; the session is a trust boundary', async () => {
    await expectReported('cross-site-scripting', {
      'Greeting.java': `import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.*;

@Controller("/greet")
class Greeting {
    @Get("/{name}")
    @Produces(MediaType.TEXT_HTML)
    String page(@PathVariable String name) {
        return "<h2>Hello " + name + "</h2>"; // HERE
    }

    @Get(value = "/v2/{name}", produces = MediaType.TEXT_HTML)
    String page2(@PathVariable String name) {
        return "<h2>Hello " + name + "</h2>"; // HERE
    }

    @Get("/api/{name}")
    String api(@PathVariable String name) {
        return "Hello " + name;
    }
}
`,
    });
    await expectReported('trust-boundary-violation', {
      'Tenant.java': `import io.micronaut.http.annotation.*;
import io.micronaut.session.Session;

@Controller("/tenant")
class Tenant {
    @Post
    void use(Session session, @Header("X-Tenant") String tenant) {
        session.put("tenant", tenant); // HERE
        session.put("since", System.currentTimeMillis());
    }
}
`,
    });
  });

  test('Quarkus RESTEasy Reactive annotations bind request data; a numeric one is safe', async () => {
    await expectReported('path-traversal', {
      'Docs.java': `import jakarta.ws.rs.*;
import org.jboss.resteasy.reactive.*;
import java.nio.file.*;

@Path("/docs")
public class Docs {
    @GET
    public byte[] read(@RestQuery String q, @RestPath String p, @RestHeader("X-F") String h,
            @RestForm String f, @RestCookie String c, @RestQuery Integer page) throws Exception {
        Files.readAllBytes(Paths.get(q)); // HERE
        Files.readAllBytes(Paths.get(p)); // HERE
        Files.readAllBytes(Paths.get(h)); // HERE
        Files.readAllBytes(Paths.get(f)); // HERE
        Files.readAllBytes(Paths.get(c)); // HERE
        return Files.readAllBytes(Paths.get("/docs/page-" + page + ".pdf"));
    }
}
`,
    });
  });

  test('a record bound from the body carries its String components; its UUID and enum components are safe', async () => {
    await expectReported('os-command-injection', {
      'Thumbs.java': `import io.micronaut.http.annotation.*;
import java.util.UUID;

@Controller("/thumbs")
class Thumbs {
    enum Size { SMALL, LARGE }

    record Job(UUID image, Size size, String label) {}

    @Post
    void create(@Body Job job) throws Exception {
        new ProcessBuilder("sh", "-c", "convert " + job.image() + " " + job.size()).start();
        new ProcessBuilder("sh", "-c", "convert -label " + job.label()).start(); // HERE
        Job copy = new Job(job.image(), job.size(), job.label());
        new ProcessBuilder("sh", "-c", "echo " + copy.label()).start(); // HERE
    }
}
`,
    });
  });
});

describe('Java: Spring WebFlux', () => {
  test('ServerRequest and ServerWebExchange getters are request data, through Optional and Mono', async () => {
    await expectReported('path-traversal', {
      'Handler.java': `import org.springframework.web.reactive.function.server.*;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import java.io.*;
import java.util.Optional;

class Handler {
    Mono<ServerResponse> read(ServerRequest request) throws IOException {
        new FileInputStream(request.queryParam("f").orElse("default.txt")); // HERE
        new FileInputStream(request.pathVariable("name")); // HERE
        new FileInputStream(request.headers().firstHeader("X-File")); // HERE
        Optional<String> theme = request.queryParam("theme");
        new FileInputStream(theme.map(String::trim).get()); // HERE
        new FileInputStream(theme.filter(t -> !t.isEmpty()).orElseThrow()); // HERE
        new FileInputStream(theme.filter(t -> t.matches("[a-z]+")).orElse("light"));
        new FileInputStream("/themes/" + request.queryParam("n").map(Integer::parseInt).orElse(0));
        return request.bodyToMono(String.class).flatMap(body -> {
            try {
                new FileOutputStream(body); // HERE
            } catch (IOException e) {
                return Mono.error(e);
            }
            return ServerResponse.ok().build();
        });
    }

    Mono<Void> filter(ServerWebExchange exchange) throws IOException {
        new FileInputStream(exchange.getRequest().getQueryParams().getFirst("f")); // HERE
        new FileInputStream(exchange.getRequest().getHeaders().getFirst("X-F")); // HERE
        return Mono.empty();
    }
}
`,
    });
  });

  test('a ServerResponse body is HTML only when declared so; an encoder mapped over the Optional makes it safe', async () => {
    await expectReported('cross-site-scripting', {
      'Notice.java': `import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.*;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

class Notice {
    Mono<ServerResponse> html(ServerRequest request) {
        String reason = request.queryParam("reason").orElse("maintenance");
        return ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue("<p>" + reason + "</p>"); // HERE
    }

    Mono<ServerResponse> text(ServerRequest request) {
        String reason = request.queryParam("reason").orElse("maintenance");
        return ServerResponse.ok().bodyValue("<p>" + reason + "</p>");
    }

    Mono<ServerResponse> escaped(ServerRequest request) {
        String reason = request.queryParam("reason").map(HtmlUtils::htmlEscape).orElse("maintenance");
        return ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue("<p>" + reason + "</p>");
    }
}
`,
    });
  });

  test('attributes of a WebSession, also one reached through a Mono, are the session', async () => {
    await expectReported('trust-boundary-violation', {
      'Prefs.java': `import org.springframework.web.bind.annotation.*;
import org.springframework.web.reactive.function.server.*;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

@RestController
class Prefs {
    @PostMapping("/role")
    Mono<String> role(@RequestParam String role, WebSession session) {
        session.getAttributes().put("role", role); // HERE
        session.getAttributes().put("mode", "auditor".equals(role) ? "read" : "write");
        return Mono.just("ok");
    }

    Mono<ServerResponse> currency(ServerRequest request) {
        String currency = request.queryParam("currency").orElse("EUR");
        return request.session().flatMap(session -> {
            session.getAttributes().put("currency", currency); // HERE
            return ServerResponse.noContent().build();
        });
    }
}
`,
    });
  });
});

describe('Java: Spring response types and R2DBC', () => {
  test('a REST handler\u2019s string is HTML unless the mapping produces another type; a Mono of a string is the string', async () => {
    await expectReported('cross-site-scripting', {
      'Api.java': `import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.*;
import reactor.core.publisher.Mono;

@RestController
class Api {
    @GetMapping("/a")
    String a(@RequestParam String q) {
        return "<p>" + q + "</p>"; // HERE
    }

    @GetMapping(value = "/b", produces = "text/plain")
    String b(@RequestParam String q) {
        return "<p>" + q + "</p>";
    }

    @GetMapping(value = "/c", produces = MediaType.APPLICATION_JSON_VALUE)
    String c(@RequestParam String q) {
        return "{}" + q;
    }

    @GetMapping(value = "/d", produces = MediaType.TEXT_HTML_VALUE)
    Mono<String> d(@RequestParam String code) {
        return Mono.just(code).map(String::toUpperCase).map(c -> "<b>" + c + "</b>"); // HERE
    }
}
`,
    });
  });

  test('DatabaseClient.sql runs SQL text; Preconditions.checkArgument guards what follows it', async () => {
    await expectReported('sql-injection', {
      'Orders.java': `import com.google.common.base.Preconditions;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.server.ServerRequest;

class Orders {
    private final DatabaseClient db;

    Orders(DatabaseClient db) {
        this.db = db;
    }

    void orders(ServerRequest request) {
        String customer = request.pathVariable("customer");
        db.sql("SELECT * FROM orders WHERE customer = '" + customer + "'").fetch().all(); // HERE
        Preconditions.checkArgument(customer.matches("[A-Z0-9]{8}"), "bad customer");
        db.sql("SELECT * FROM orders WHERE customer = '" + customer + "'").fetch().all();
    }
}
`,
    });
  });
});

describe('Python: FastAPI and Starlette', () => {
  test('route parameters (a Pydantic body too) are request data unless typed as a number, boolean, UUID, date or enum, or filled by a dependency', async () => {
    await expectReported('sql-injection', {
      'items.py': `import sqlite3
from enum import Enum
from typing import Annotated, Optional
from uuid import UUID
from fastapi import APIRouter, Depends, FastAPI, Query
from pydantic import BaseModel
from pydantic_settings import BaseSettings

from .db import Base, current_user, get_settings

app = FastAPI()
router = APIRouter()
conn = sqlite3.connect("app.db")


class Color(str, Enum):
    red = "red"
    blue = "blue"


@app.get("/items/{item_id}")
def read_item(item_id: str, q: Optional[str] = None):
    conn.execute("SELECT * FROM items WHERE id = '" + item_id + "'")  # HERE
    conn.execute(f"SELECT * FROM items WHERE name = '{q}'")  # HERE
    return {"ok": True}


@router.get("/typed/{n}")
def typed(n: int, u: UUID, c: Color, flag: bool = False, page: Optional[int] = None,
          size: Annotated[int, Query(gt=0)] = 10, when: int | None = None):
    conn.execute(f"SELECT * FROM items WHERE n = {n} AND u = '{u}' AND c = '{c}' AND f = {flag}")
    conn.execute(f"SELECT * FROM items LIMIT {size} OFFSET {page} -- {when}")
    return {}


@app.api_route("/any", methods=["GET", "POST"])
def any_route(sort: Annotated[str, Query()]):
    conn.execute("SELECT * FROM items ORDER BY " + sort)  # HERE
    return {}


class ItemIn(BaseModel):
    name: str


class User(Base):
    __tablename__ = "users"


class Settings(BaseSettings):
    table: str = "items"


@app.post("/items")
def create(item: ItemIn, user: User = Depends(current_user), settings: Settings = Depends(get_settings)):
    conn.execute("INSERT INTO items VALUES ('" + item.name + "')")  # HERE
    conn.execute("INSERT INTO " + settings.table + " VALUES ('" + user.name + "')")
    return {}
`,
    });
  });

  test('Request getters and awaited bodies, and an upload\u2019s file name, are request data', async () => {
    await expectReported('os-command-injection', {
      'tools.py': `import os
from fastapi import FastAPI, File, Request, UploadFile

app = FastAPI()


@app.post("/tools")
async def tools(request: Request):
    os.system("ls " + request.query_params["dir"])  # HERE
    os.system("ls " + request.path_params["sub"])  # HERE
    os.system("ls " + request.headers.get("x-dir"))  # HERE
    os.system("ls " + request.cookies.get("dir"))  # HERE
    body = await request.json()
    os.system("ls " + body["dir"])  # HERE
    form = await request.form()
    os.system("ls " + form["dir"])  # HERE
    os.system("ls " + request.method)
    return {}


@app.post("/upload")
async def upload(file: UploadFile = File(...)):
    os.system("file /tmp/" + file.filename)  # HERE
    return {}
`,
    });
  });

  test('a route returns JSON unless it declares response_class=HTMLResponse; HTMLResponse is HTML, PlainTextResponse is not', async () => {
    await expectReported('cross-site-scripting', {
      'pages.py': `from fastapi import FastAPI
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

app = FastAPI()


@app.get("/json")
def as_json(name: str):
    return "<h1>" + name + "</h1>"


@app.get("/html", response_class=HTMLResponse)
def as_html(name: str):
    return "<h1>" + name + "</h1>"  # HERE


@app.get("/page")
def page(name: str):
    return HTMLResponse("<h1>" + name + "</h1>")  # HERE


@app.get("/text")
def text(name: str):
    return PlainTextResponse("<h1>" + name + "</h1>")


@app.get("/raw")
def raw(name: str):
    Response(content=name, media_type="text/plain")
    return Response(content=name, media_type="text/html")  # HERE
`,
    });
  });

  test('a FastAPI FileResponse opens its path; Starlette request getters are request data', async () => {
    await expectReported('path-traversal', {
      'files.py': `import os
from fastapi import FastAPI
from fastapi.responses import FileResponse
from starlette.requests import Request

app = FastAPI()


@app.get("/download")
async def download(name: str):
    return FileResponse(os.path.join("/srv/files", name))  # HERE


async def starlette_endpoint(request: Request):
    return FileResponse(request.path_params["name"])  # HERE


@app.get("/safe")
async def safe(name: str):
    return FileResponse(os.path.join("/srv/files", os.path.basename(name)))
`,
    });
  });
});

describe('Python: Django class-based views and aiohttp', () => {
  test('HTTP-method handlers of a view class get the URL parameters, also with a mixin first; self.request is the request', async () => {
    await expectReported('os-command-injection', {
      'views.py': `import os
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse
from django.views import View


class ReportView(LoginRequiredMixin, View):
    def get(self, request, report_id):
        os.system("cat /reports/" + report_id)  # HERE
        os.system("cat " + self.request.GET.get("name"))  # HERE
        os.system("cat " + self.request.COOKIES["last"])  # HERE
        return HttpResponse("ok")

    def summary(self, report_id):
        os.system("cat /reports/" + report_id)
        return report_id
`,
    });
    await expectReported('cross-site-scripting', {
      'greet.py': `from django.http import HttpResponse
from django.utils.html import format_html
from django.views.generic import View


class Greet(View):
    def get(self, request):
        name = self.request.GET.get("name", "")
        HttpResponse(format_html("<p>{}</p>", name))
        return HttpResponse("<p>" + name + "</p>")  # HERE
`,
    });
  });

  test('aiohttp request data, awaited bodies, and web.Response as HTML only when its content type says so', async () => {
    await expectReported('cross-site-scripting', {
      'app.py': `from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/hello")
async def hello(request: web.Request) -> web.Response:
    name = request.query.get("name", "")
    web.Response(text="Hello " + name)
    return web.Response(text="<h1>" + name + "</h1>", content_type="text/html")  # HERE


@routes.post("/echo/{tag}")
async def echo(request):
    data = await request.post()
    tag = request.match_info["tag"]
    web.Response(body=tag, content_type="application/json")
    return web.Response(body="<" + tag + ">" + data["text"], content_type="text/html")  # HERE
`,
    });
  });

  test('ldap3, asyncpg and aiohttp-session sinks in aiohttp handlers', async () => {
    const handler = `from aiohttp import web
from aiohttp_session import get_session
from ldap3 import Connection


async def lookup(request: web.Request) -> web.Response:
    conn: Connection = request.app["ldap"]
    conn.search("ou=staff,dc=example,dc=com", "(uid=%s)" % request.headers.get("X-User"))  # LDAP
    async with request.app["pool"].acquire() as db:
        await db.fetchrow(f"SELECT * FROM staff WHERE uid = '{request.match_info['uid']}'")  # SQL
        await db.fetchrow("SELECT * FROM staff WHERE uid = $1", request.match_info["uid"])
    session = await get_session(request)
    session["role"] = request.query.get("role")  # SESSION
    return web.json_response({})
`;
    const marked = (marker: string) => ({ 'ldap.py': handler.replace(`# ${marker}`, '# HERE') });
    await expectReported('ldap-injection', marked('LDAP'));
    await expectReported('sql-injection', marked('SQL'));
    await expectReported('trust-boundary-violation', marked('SESSION'));
  });
});

describe('JavaScript: Koa', () => {
  test('ctx delegates to the request: query, params, headers, cookies, ctx.get and ctx.request.body', async () => {
    await expectReported('os-command-injection', {
      'app.js': `const Koa = require('koa');
const Router = require('@koa/router');
const { exec } = require('child_process');
const router = new Router();

router.post('/run/:tool', async (ctx) => {
  exec('run ' + ctx.query.arg); // HERE
  exec('run ' + ctx.params.tool); // HERE
  exec('run ' + ctx.headers['x-arg']); // HERE
  exec('run ' + ctx.cookies.get('arg')); // HERE
  exec('run ' + ctx.get('X-Arg')); // HERE
  exec('run ' + ctx.request.body.arg); // HERE
  exec('run ' + ctx.state.user.name);
});

async function named(ctx) {
  exec('run ' + ctx.request.query.arg); // HERE
}

module.exports = { router, named };
`,
    });
  });

  test('ctx.body is HTML when ctx.type says so or the string starts with markup; objects are JSON', async () => {
    await expectReported('cross-site-scripting', {
      'pages.js': `const Router = require('@koa/router');
const router = new Router();

router.get('/a', (ctx) => {
  ctx.body = '<h1>' + ctx.query.name + '</h1>'; // HERE
});
router.get('/b', (ctx) => {
  ctx.body = \`<p>\${ctx.query.name}</p>\`; // HERE
});
router.get('/c', (ctx) => {
  ctx.body = 'Hello ' + ctx.query.name;
});
router.get('/d', (ctx) => {
  ctx.type = 'html';
  ctx.body = 'Hello ' + ctx.query.name; // HERE
});
router.get('/e', (ctx) => {
  ctx.type = 'text/plain';
  ctx.body = '<p>' + ctx.query.name;
});
router.get('/f', (ctx) => {
  ctx.body = { name: ctx.query.name };
});
router.get('/g', (ctx) => {
  ctx.body = ctx.query.name; // HERE
});
router.get('/h', (ctx) => {
  ctx.response.type = 'json';
  ctx.response.body = '<p>' + ctx.query.name;
});
`,
    });
  });

  test('ctx.session is the session; ctx.assert guards what follows it', async () => {
    await expectReported('trust-boundary-violation', {
      'session.js': `module.exports = async (ctx, next) => {
  ctx.session.role = ctx.query.role; // HERE
  ctx.session.seen = Date.now();
  await next();
};
`,
    });
    await expectReported('path-traversal', {
      'download.js': `const fs = require('fs');
const Router = require('@koa/router');
const VERSION = /^\\d+\\.\\d+\\.\\d+$/;
const router = new Router();

router.get('/v/:version', (ctx) => {
  fs.createReadStream('/srv/' + ctx.params.file); // HERE
  ctx.assert(VERSION.test(ctx.params.version), 400, 'bad version');
  ctx.body = fs.createReadStream('/srv/' + ctx.params.version);
});
`,
    });
  });
});

describe('JavaScript: Fastify, hapi and Next.js', () => {
  test('Fastify request data; reply.send is plain text unless the reply is typed HTML', async () => {
    await expectReported('cross-site-scripting', {
      'server.js': `const fastify = require('fastify')();

fastify.get('/a', async (request, reply) => {
  reply.send('<h1>' + request.query.name + '</h1>');
});
fastify.get('/b', async (request, reply) => {
  reply.type('text/html').send('<h1>' + request.query.name + '</h1>'); // HERE
});
fastify.get('/c', async (request, reply) => {
  reply.header('Content-Type', 'text/html; charset=utf-8');
  return reply.send('<h1>' + request.params.name + '</h1>'); // HERE
});
fastify.get('/d', async (request, reply) => {
  reply.code(200).send({ name: request.body.name });
});
`,
    });
  });

  test('Fastify and hapi sessions: request.session.set and request.yar.set', async () => {
    await expectReported('trust-boundary-violation', {
      'sessions.ts': `import Fastify from 'fastify';
import Hapi from '@hapi/hapi';

const app = Fastify();
app.post('/tenant', async (request, reply) => {
  request.session.set('tenant', request.headers['x-tenant']); // HERE
  request.session.set('visits', 1);
  return reply.code(204).send();
});

const server = Hapi.server({ port: 3000 });
server.route({
  method: 'GET',
  path: '/as',
  handler: (request, h) => {
    request.yar.set('role', request.query.as); // HERE
    return h.redirect('/');
  },
});
`,
    });
  });

  test('hapi request data (query, params, payload, headers, state); h.response is HTML unless typed otherwise', async () => {
    await expectReported('os-command-injection', {
      'routes.js': `const { spawn, execFile } = require('child_process');

module.exports = [
  {
    method: 'POST',
    path: '/units/{name}',
    handler: (request, h) => {
      spawn('sh', ['-c', 'systemctl restart ' + request.params.name]); // HERE
      spawn('systemctl', ['restart', request.params.name]);
      execFile(request.payload.tool, []); // HERE
      spawn('sh', ['-c', 'echo ' + request.query.msg + request.headers['x-msg'] + request.state.msg]); // HERE
      return h.response({ ok: true }).code(202);
    },
  },
];
`,
    });
    await expectReported('cross-site-scripting', {
      'pages.js': `module.exports = {
  method: 'GET',
  path: '/hello',
  handler: (request, h) => {
    if (request.query.plain) return h.response('<p>' + request.query.name).type('text/plain');
    return h.response('<p>' + request.query.name + '</p>'); // HERE
  },
};
`,
    });
  });

  test('a Next.js API route\u2019s req.query reaches fs/promises, promisified exec, execa and an ldapts search', async () => {
    await expectReported('path-traversal', {
      'pages/api/read.ts': `import { readFile } from 'fs/promises';
import * as fsp from 'node:fs/promises';
import fs from 'fs';

export default async function handler(req, res) {
  const { name } = req.query;
  await readFile('/srv/' + name); // HERE
  await fsp.writeFile(name, 'x'); // HERE
  await fs.promises.unlink(name); // HERE
  res.status(200).json({ ok: true });
}
`,
    });
    await expectReported('os-command-injection', {
      'pages/api/run.js': `const util = require('util');
const { exec } = require('child_process');
const { execa, execaSync, execaCommand } = require('execa');
const run = util.promisify(exec);

module.exports = async function handler(req, res) {
  const { host } = req.query;
  await run('ping -c 1 ' + host); // HERE
  await execa('ping', ['-c', '1', host]);
  await execa('sh', ['-c', 'ping ' + host]); // HERE
  execaSync(host); // HERE
  await execaCommand('ping ' + host); // HERE
  res.json({});
};
`,
    });
    await expectReported('ldap-injection', {
      'pages/api/manager.ts': `import { Client, EqualityFilter } from 'ldapts';

export default async function handler(req, res) {
  const client = new Client({ url: 'ldaps://ldap.example.com' });
  const uid = String(req.query.uid);
  await client.search('ou=people,dc=example,dc=com', { filter: '(uid=' + uid + ')' }); // HERE
  await client.search('ou=people,dc=example,dc=com', { filter: new EqualityFilter({ attribute: 'uid', value: uid }) });
  res.json({});
}
`,
    });
  });
});

describe('TypeScript: NestJS', () => {
  test('parameters bound by @Query, @Param, @Body, @Headers are request data; parsing pipes and numeric types make them safe', async () => {
    await expectReported('os-command-injection', {
      'files.controller.ts': `import { Body, Controller, Get, Headers, Param, ParseIntPipe, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { Request } from 'express';
import { exec } from 'child_process';

class ConvertDto {
  format: string;
}

@Controller('files')
export class FilesController {
  @Get(':name')
  read(@Param('name') name: string, @Query('q') q: string, @Headers('x-opt') opt: string, @Req() req: Request) {
    exec('cat ' + name); // HERE
    exec('grep ' + q); // HERE
    exec('cat ' + opt); // HERE
    exec('cat ' + req.query.extra); // HERE
  }

  @Post()
  convert(@Body() dto: ConvertDto) {
    exec('pandoc -t ' + dto.format); // HERE
  }

  @Get('n/:id')
  numbered(
    @Param('id', ParseIntPipe) id: string,
    @Query('u', new ParseUUIDPipe({ version: '4' })) u: string,
    @Query('page') page: number,
  ) {
    exec('cat /files/' + id + '/' + u + '/' + page);
  }

  helper(name: string) {
    exec('cat ' + name);
  }
}
`,
    });
  });

  test('a @Session() object is the session; a handler\u2019s string result is HTML unless @Header declares another type', async () => {
    await expectReported('trust-boundary-violation', {
      'prefs.controller.ts': `import { Controller, Get, Query, Session } from '@nestjs/common';

@Controller('prefs')
export class PrefsController {
  @Get('role')
  role(@Session() session: Record<string, unknown>, @Query('role') role: string) {
    session.role = role; // HERE
    session['theme'] = 'dark';
  }
}
`,
    });
    await expectReported('cross-site-scripting', {
      'embed.controller.ts': `import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { Response } from 'express';

@Controller('embed')
export class EmbedController {
  @Get('quote')
  quote(@Query('text') text: string): string {
    return \`<blockquote>\${text}</blockquote>\`; // HERE
  }

  @Get('json')
  @Header('Content-Type', 'application/json')
  json(@Query('text') text: string): string {
    return \`{"text": "\${text}"}\`;
  }

  @Get('object')
  object(@Query('text') text: string) {
    return { text };
  }

  @Get('raw')
  raw(@Query('text') text: string, @Res() res: Response) {
    res.type('text/plain').send(text);
    return \`<p>\${text}</p>\`;
  }
}
`,
    });
  });
});

describe('JavaScript regular expression literals are judged by their pattern', () => {
  test('an anchored character-class check guards; an unanchored or any-character one does not', async () => {
    await expectReported('os-command-injection', {
      'check.js': `const { exec } = require('child_process');

function run(req) {
  const host = req.query.host;
  if (/^[a-z0-9.-]+$/.test(host)) exec('ping ' + host);
  if (/[a-z0-9.-]+/.test(host)) exec('ping ' + host); // HERE
  if (/^.*$/.test(host)) exec('ping ' + host); // HERE
  const SAFE = /^\\w+$/;
  if (SAFE.test(host)) exec('ping ' + host);
}

module.exports = run;
`,
    });
  });

  test('a scheme check makes an encoded link target safe; a hand-written global escaper makes text safe, a first-match one does not', async () => {
    await expectReported('cross-site-scripting', {
      'links.js': `const escapeHtml = require('escape-html');

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeAll = (s) => String(s).replace(/[&<>"']/g, (c) => ENTITIES[c]);
const escapeFirst = (s) => String(s).replace(/[&<>"']/, (c) => ENTITIES[c]);

function page(req, res) {
  const back = req.query.from;
  const href = /^https?:\\/\\//.test(back) ? escapeHtml(back) : '/';
  res.send('<a href="' + href + '">back</a>');
  res.send('<a href="' + escapeHtml(back) + '">back</a>'); // HERE
  res.send('<p>' + escapeAll(back) + '</p>');
  res.send('<p>' + escapeFirst(back) + '</p>'); // HERE
}

module.exports = page;
`,
    });
  });
});

describe('one-time codes', () => {
  test('a predictable code kept in a verification store or sent in a message about a code is a secret', async () => {
    await expectReported('insecure-random', {
      'signup.ts': `export class Signup {
  constructor(private readonly codes: VerificationRepository, private readonly mail: Mailer) {}

  async start(email: string) {
    const code = String(Math.floor(Math.random() * 1e6)); // HERE
    await this.codes.save(email, code);
  }

  async notify(email: string) {
    const code = String(Math.floor(Math.random() * 1e6)); // HERE
    await this.mail.send(email, 'Your verification code', 'Enter ' + code);
  }

  async shuffle(email: string) {
    const order = String(Math.floor(Math.random() * 1e6));
    await this.mail.send(email, 'Your order number', 'Order ' + order);
  }
}

interface VerificationRepository {
  save(email: string, code: string): Promise<void>;
}

interface Mailer {
  send(to: string, subject: string, body: string): Promise<void>;
}
`,
    });
  });
});
