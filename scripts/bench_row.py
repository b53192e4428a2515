#!/usr/bin/env python3
"""One kexue-bench JSON line as the cells "seconds | throughput | key results"
of docs/benchmarks-run.md (scripts/benchmarks.sh)."""
import json
import sys

# The fields that say how good or how responsive a run was, by workload (docs/benchmarks.md).
KEY_FIELDS = ["max_err_equilibrium", "variance", "chi2_p_value", "msd_final", "neg_elbo", "active_units",
              "sw1", "modes", "hq", "acceptance", "longest_gap_ms", "longest_draw_ms", "draw_ms", "median_ms", "p95_ms",
              "fps_median"]


def number(value):
    return f"{value:.4g}" if isinstance(value, (int, float)) else "–"


def main():
    result = json.loads(sys.argv[1])
    seconds = number(result.get("seconds"))
    unit = result.get("unit", "")
    if "throughput" in result:
        throughput = f"{number(result['throughput'])} {unit}"
    elif unit == "s/epoch":
        throughput = f"{seconds} {unit}"
    else:
        throughput = "–"
    keys = ", ".join(f"{k} {number(result[k])}" for k in KEY_FIELDS if k in result)
    print(f"{seconds} | {throughput} | {keys or '–'}")


if __name__ == "__main__":
    main()
