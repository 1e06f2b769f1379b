package org.passage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PassageApplication {
    public static void main(String[] args) {
        SpringApplication.run(PassageApplication.class, args);
    }
}
