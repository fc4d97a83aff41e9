package io.rugdesk.feed;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * Certificate checks switched OFF, for a self-signed test server only: used solely when the user passes the
 * explicit insecure flag, and the session logs a warning. Thread: any (called while building the client).
 */
final class InsecureTls {

    private InsecureTls() {
    }

    static void apply(OkHttpClient.Builder builder) {
        X509TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // deliberately accepts everything: the user asked for no verification
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // deliberately accepts everything: the user asked for no verification
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
            builder.sslSocketFactory(context.getSocketFactory(), trustAll).hostnameVerifier((host, session) -> true);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JVM", e);
        }
    }
}
