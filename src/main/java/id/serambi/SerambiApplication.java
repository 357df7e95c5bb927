package id.serambi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SerambiApplication {

    public static void main(String[] args) {
        SpringApplication.run(SerambiApplication.class, args);
    }
}
