package vn.partracker;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:hand-over;DB_CLOSE_DELAY=-1")
class HandOverFlowH2IT extends HandOverFlowTests {}
