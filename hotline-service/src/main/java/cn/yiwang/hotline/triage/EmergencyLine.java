package cn.yiwang.hotline.triage;

/** The emergency lines 12345 hands over to at once (国办函〔2025〕66号; 国办发〔2022〕12号 for 110). */
public enum EmergencyLine {
    POLICE_110("110"), FIRE_119("119"), AMBULANCE_120("120"), TRAFFIC_122("122");

    private final String number;

    EmergencyLine(String number) {
        this.number = number;
    }

    public String number() {
        return number;
    }
}
