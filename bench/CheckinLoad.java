// Load generator for bench/checkin.sh and bench/run.sh: card scans posted at N connections for a fixed time.
//   java bench/CheckinLoad.java URL USER PASSWORD MEMBERS CONNECTIONS SECONDS [WARM_UP_SECONDS]
import java.net.URI;
import java.net.http.HttpRequest;

public class CheckinLoad {

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        String auth = LoadRunner.basic(args[1], args[2]);
        int members = Integer.parseInt(args[3]);
        int connections = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        int warmUpSeconds = args.length > 6 ? Integer.parseInt(args[6]) : seconds;
        LoadRunner runner = new LoadRunner(connections, 201, n -> HttpRequest.newBuilder(url)
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"memberNumber\":\"B" + (n % members + 1) + "\",\"purpose\":\"READING\"}"))
                .build());
        runner.warmUp(warmUpSeconds);
        System.out.printf("warm_up_seconds=%d%n", warmUpSeconds);
        long[] cpuBefore = ProcessCpu.ticks();
        var groupsBefore = ProcessCpu.groups();
        LoadRunner.Result result = runner.run(seconds, Long.MAX_VALUE);
        ProcessCpu.print(cpuBefore, ProcessCpu.ticks(), result.latencies().length, "checkin");
        ProcessCpu.printGroups(groupsBefore, ProcessCpu.groups(), result.latencies().length);
        result.print("http_checkins");
    }
}
