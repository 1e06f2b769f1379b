package org.passage.residence.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class CachedBodyTest {

    @Test
    void aNonBlockingReaderIsGivenTheWholeBodyAndThenToldItIsAllRead() throws IOException {
        MockHttpServletRequest original = new MockHttpServletRequest("PUT", "/x");
        original.setContent("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        IdempotencyKeyFilter.CachedBody cached = new IdempotencyKeyFilter.CachedBody(original);
        ServletInputStream in = cached.getInputStream();
        List<String> heard = new ArrayList<>();
        StringBuilder read = new StringBuilder();

        in.setReadListener(new ReadListener() {
            @Override
            public void onDataAvailable() {
                heard.add("data");
                try {
                    while (in.isReady() && !in.isFinished()) {
                        read.append((char) in.read());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void onAllDataRead() {
                heard.add("all read");
            }

            @Override
            public void onError(Throwable t) {
                heard.add("error");
            }
        });

        assertThat(heard).containsExactly("data", "all read");
        assertThat(read.toString()).isEqualTo("{\"a\":1}");
        assertThat(in.isFinished()).isTrue();
    }
}
