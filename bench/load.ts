import autocannon from "autocannon";

export interface LoadTarget {
  name: string;
  label: string;
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  name: string;
  label: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  /** Responses by status code, to tell what the non-2xx were. */
  statusCodes: Record<string, number>;
  errors: number;
  requests: number;
}

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Drives one target at a fixed number of connections for a fixed time with autocannon. Latency
 * percentiles are computed from every response (autocannon's summary has no p95).
 */
export function runLoad(baseUrl: string, target: LoadTarget, { connections, seconds }: { connections: number; seconds: number }): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let non2xx = 0;
    const statusCodes: Record<string, number> = {};
    const instance = autocannon(
      { url: `${baseUrl}${target.path}`, method: target.method ?? "GET", headers: target.headers, body: target.body, connections, duration: seconds },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          name: target.name,
          label: target.label,
          requestsPerSecond: result.requests.total / seconds,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          non2xx,
          statusCodes,
          errors: result.errors + result.timeouts,
          requests: result.requests.total,
        });
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
      if (statusCode < 200 || statusCode > 299) non2xx += 1;
    });
  });
}
