// Load generator for bench/run.sh: GETs of URL_TEMPLATE with {q} replaced by the values of a file, one a line,
// taken in turn, at N connections; prints throughput and latency percentiles under PREFIX. With TYPO the values
// get one letter dropped (a typed name as staff mistype it).
//   java bench/GetLoad.java URL_TEMPLATE USER PASSWORD VALUES_FILE CONNECTIONS SECONDS WARM_UP PREFIX [TYPO]
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class GetLoad {

    public static void main(String[] args) throws Exception {
        String template = args[0];
        String auth = LoadRunner.basic(args[1], args[2]);
        boolean typo = args.length > 8 && "TYPO".equals(args[8]);
        List<String> values = Files.readAllLines(Path.of(args[3])).stream().filter(v -> !v.isBlank())
                .map(v -> typo ? dropOneLetter(v) : v).toList();
        int connections = Integer.parseInt(args[4]);
        LoadRunner runner = new LoadRunner(connections, 200, n -> HttpRequest.newBuilder(URI.create(template.replace(
                "{q}", URLEncoder.encode(values.get((int) (n % values.size())), StandardCharsets.UTF_8))))
                .header("Authorization", auth).GET().build());
        runner.warmUp(Integer.parseInt(args[6]));
        runner.run(Integer.parseInt(args[5]), Long.MAX_VALUE).print(args[7]);
    }

    /** Drops a letter from the middle of the first word longer than four letters. */
    static String dropOneLetter(String name) {
        String[] words = name.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() > 4) {
                int at = words[i].length() / 2;
                words[i] = words[i].substring(0, at) + words[i].substring(at + 1);
                return String.join(" ", words);
            }
        }
        return name;
    }
}
