package org.annalist.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark session (two cores) per test JVM, stopped when the JVM ends. */
final class LocalSpark {

    private LocalSpark() {
    }

    private static final class Holder {
        static final SparkSession SESSION = start();

        private static SparkSession start() {
            SparkSession s = SparkSession.builder().appName("annalist-test").master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
            s.sparkContext().setLogLevel("WARN");
            Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
            return s;
        }
    }

    static SparkSession session() {
        return Holder.SESSION;
    }
}
