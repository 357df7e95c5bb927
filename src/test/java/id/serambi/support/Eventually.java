package id.serambi.support;

/** Waits (up to five seconds) for something that happens after commit, e.g. an event listener's write. */
public final class Eventually {

    private Eventually() {
    }

    public static void holds(Runnable assertion) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
