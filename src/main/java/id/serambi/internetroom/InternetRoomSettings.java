package id.serambi.internetroom;

/** A library's allowance: minutes per session and per member and day. */
public record InternetRoomSettings(int sessionMinutes, int dailyMinutes) {
}
