package org.passage.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * X-Forwarded-For is trusted from no address unless proxies are configured: a client (here on
 * 127.0.0.79, a loopback and so "internal" address Tomcat trusted by default) cannot pose as many clients.
 */
@PassageIntegrationTest
class ForwardedForTest {

    @LocalServerPort
    int port;

    @Autowired
    RateLimitProperties properties;

    @Test
    void aSpoofedForwardedForHeaderChangesNoLimit() throws Exception {
        // From a loopback address of its own: using up 127.0.0.1's window would refuse the other tests' calls.
        HttpClient http = HttpClient.newBuilder()
                .localAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 79})).build();
        int refused = 0;
        // More calls than the limit, each claiming another client: all count against 127.0.0.79. The window
        // is fixed, so one may end half-way; twice the limit fills the next one in that case, and still
        // claims fewer clients (242) than the header names (250), so a trusted header would refuse none.
        for (int call = 0; call <= 2 * properties.assessmentsLimit() + 1 && refused == 0; call++) {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/assessments/rate-limit-probe"))
                    .header("X-Forwarded-For", "203.0.113." + (call % 250) + ", 10.0.0." + (call % 250))
                    .build();
            if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 429) {
                refused++;
            }
        }
        assertThat(refused).as("calls refused once the one real client used up its limit").isPositive();
    }
}
