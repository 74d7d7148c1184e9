package cn.yiwang.hotline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HotlineServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(HotlineServiceApplication.class, args);
    }
}
