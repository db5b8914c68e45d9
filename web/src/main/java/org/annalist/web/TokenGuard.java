package org.annalist.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import org.annalist.web.Views.Problem;

/**
 * Lets through only the requests that carry the server's token: {@code Authorization: Bearer TOKEN}
 * (scripts), or HTTP basic auth with the token as password and any user name (a browser asks for
 * it once). Others are answered 401 and go no further. Tokens are compared in constant time.
 */
final class TokenGuard implements Handler {

    private final byte[] token;

    TokenGuard(String token) {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) throw new IllegalArgumentException("the token must not be blank");
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(Context ctx) {
        if (carriesToken(ctx.header("Authorization"))) return;
        ctx.header("WWW-Authenticate", "Basic realm=\"annalist\", charset=\"UTF-8\"");
        ctx.status(401).json(new Problem(401, "this server wants its token: Authorization: Bearer TOKEN, "
                + "or basic auth with the token as password"));
        ctx.skipRemainingHandlers();
    }

    private boolean carriesToken(String authorization) {
        if (authorization == null) return false;
        String given;
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = authorization.substring(7).strip();
        } else if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String pair;
            try {
                pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false;
            }
            int colon = pair.indexOf(':');
            if (colon < 0) return false;
            given = pair.substring(colon + 1);
        } else {
            return false;
        }
        return MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }
}
