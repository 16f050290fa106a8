#!/usr/bin/env python3
"""Independent reference values for @ff/stats, computed with SciPy and recorded with their inputs.

    python3 stats/test/reference/generate.py   # writes stats/test/reference/values.json

Run it again only to add cases; commit the JSON. The TypeScript tests (stats/test/reference.test.ts)
compare every recorded output to at least 6 significant digits. Where SciPy has the method itself it is
called (distributions, special functions, Welch's t-test with its confidence interval, the chi-square
goodness-of-fit and 2x2 contingency tests); where it does not (the pooled z-test's intervals, Holm,
the mSPRT, sample sizes, CUPED) the published formula is evaluated here with SciPy's distributions,
written independently of the TypeScript. The Bayesian chance to beat uses Evan Miller's exact closed
form (integer parameters), the expected loss and lift quantiles SciPy's adaptive QUADPACK integration.
"""
import json
import math
import os
import sys

import numpy as np
import scipy
from scipy import integrate, optimize, special, stats

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "values.json")


def f(x):
    """A JSON-safe float."""
    x = float(x)
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def special_cases():
    cases = []
    for x in [-6.0, -3.0, -1.5, -0.5, -1e-3, 0.0, 1e-8, 0.3, 0.5, 1.0, 2.0, 3.5, 5.0]:
        cases.append({"fn": "erf", "args": [x], "value": f(special.erf(x))})
        cases.append({"fn": "erfc", "args": [x], "value": f(special.erfc(x))})
    for x in [-37.0, -20.0, -8.0, -3.0, -1.96, -0.5, 0.0, 0.7, 1.6448536269514722, 4.0, 9.0]:
        cases.append({"fn": "normalCdf", "args": [x], "value": f(stats.norm.cdf(x))})
        cases.append({"fn": "normalSf", "args": [x], "value": f(stats.norm.sf(x))})
        cases.append({"fn": "normalPdf", "args": [x], "value": f(stats.norm.pdf(x))})
    for p in [1e-300, 1e-20, 1e-10, 1e-5, 0.001, 0.02425, 0.025, 0.1, 0.3, 0.5, 0.6, 0.8, 0.975, 0.99, 0.999999, 1 - 1e-12]:
        cases.append({"fn": "normalQuantile", "args": [p], "value": f(stats.norm.ppf(p))})
    for t, df in [(-40.0, 1.0), (-3.0, 2.5), (-1.0, 5.0), (0.0, 7.0), (0.5, 1.0), (2.1, 5.0), (2.0, 30.0), (4.0, 200.0), (1.3, 1e5), (12.0, 3.0)]:
        cases.append({"fn": "studentTCdf", "args": [t, df], "value": f(stats.t.cdf(t, df))})
        cases.append({"fn": "studentTSf", "args": [t, df], "value": f(stats.t.sf(t, df))})
    for p, df in [(0.975, 1.0), (0.975, 3.5), (0.995, 10.0), (0.025, 24.98), (0.9, 100.0), (0.6, 2.0), (0.999999, 4.0), (0.975, 1e6)]:
        cases.append({"fn": "studentTQuantile", "args": [p, df], "value": f(stats.t.ppf(p, df))})
    for x, k in [(0.001, 1), (0.5, 1), (3.841458820694124, 1), (10.8, 1), (22.77, 1), (57.6, 1), (12.3, 3), (100.0, 50), (3.0, 9), (200.0, 2)]:
        cases.append({"fn": "chiSquareSf", "args": [x, k], "value": f(stats.chi2.sf(x, k))})
        cases.append({"fn": "chiSquareCdf", "args": [x, k], "value": f(stats.chi2.cdf(x, k))})
    for a, x in [(0.5, 0.01), (0.5, 4.0), (1.0, 1.0), (2.5, 1.0), (3.0, 10.0), (10.0, 9.5), (100.0, 80.0), (1000.0, 1100.0), (25.0, 200.0)]:
        cases.append({"fn": "gammaP", "args": [a, x], "value": f(special.gammainc(a, x))})
        cases.append({"fn": "gammaQ", "args": [a, x], "value": f(special.gammaincc(a, x))})
    for a, b, x in [(2.5, 3.5, 0.3), (0.5, 0.5, 0.1), (1.0, 1.0, 0.42), (10.0, 20.0, 0.6), (101.0, 901.0, 0.12), (5e4, 5e5, 0.0905),
                    (3.0, 0.5, 0.999), (131.0, 871.0, 0.1), (0.7, 40.0, 0.02)]:
        cases.append({"fn": "betaInc", "args": [a, b, x], "value": f(special.betainc(a, b, x))})
        cases.append({"fn": "betaPdf", "args": [a, b, x], "value": f(stats.beta.pdf(x, a, b))})
    for x in [0.1, 0.5, 1.0, 1.5, 7.3, 30.0, 171.5, 1e4, 1e7]:
        cases.append({"fn": "lnGamma", "args": [x], "value": f(special.gammaln(x))})
    return cases


def z_test(c, t, alpha=0.05):
    nc, xc = c["units"], c["conversions"]
    nt, xt = t["units"], t["conversions"]
    pc, pt = xc / nc, xt / nt
    # The pooled z-test is the 2x2 chi-square test without Yates' correction: z² = χ², same p-value.
    chi2, p, _, _ = stats.chi2_contingency([[xc, nc - xc], [xt, nt - xt]], correction=False)
    z = math.copysign(math.sqrt(chi2), pt - pc)
    q = stats.norm.ppf(1 - alpha / 2)
    vc, vt = pc * (1 - pc) / nc, pt * (1 - pt) / nt
    se = math.sqrt(vc + vt)
    rel = pt / pc - 1
    rel_se = math.sqrt(vt / pc**2 + pt**2 * vc / pc**4)
    return {
        "z": f(z), "pValue": f(p),
        "absoluteLift": {"estimate": f(pt - pc), "lower": f(pt - pc - q * se), "upper": f(pt - pc + q * se)},
        "lift": {"estimate": f(rel), "lower": f(rel - q * rel_se), "upper": f(rel + q * rel_se)},
    }


def sums(y, x=None):
    arm = {"units": int(len(y)), "sum": f(np.sum(y)), "sumSquares": f(np.sum(y * y))}
    if x is not None:
        arm.update({"covariateSum": f(np.sum(x)), "covariateSumSquares": f(np.sum(x * x)), "crossSum": f(np.sum(x * y))})
    return arm


def welch(a, b, alpha=0.05):
    r = stats.ttest_ind(b, a, equal_var=False)
    ci = r.confidence_interval(1 - alpha)
    ma, mb = np.mean(a), np.mean(b)
    va, vb = np.var(a, ddof=1) / len(a), np.var(b, ddof=1) / len(b)
    q = stats.t.ppf(1 - alpha / 2, r.df)
    rel = mb / ma - 1
    rel_se = math.sqrt(vb / ma**2 + mb**2 * va / ma**4)
    return {
        "statistic": f(r.statistic), "pValue": f(r.pvalue), "df": f(r.df),
        "absoluteLift": {"estimate": f(mb - ma), "lower": f(ci.low), "upper": f(ci.high)},
        "lift": {"estimate": f(rel), "lower": f(rel - q * rel_se), "upper": f(rel + q * rel_se)},
    }


def holm(ps):
    m = len(ps)
    order = sorted(range(m), key=lambda i: (ps[i], i))
    out = [0.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * ps[i]))
        out[i] = running
    return out


def msprt(c_mean, c_var, nc, t_mean, t_var, nt, alpha, tuning):
    v = c_var / nc + t_var / nt
    l = -2 * math.log(alpha)
    tau2 = (l + math.log(l + 1)) / tuning * (c_var + t_var)
    d = t_mean - c_mean
    lr = math.sqrt(v / (v + tau2)) * math.exp(tau2 * d * d / (2 * v * (v + tau2)))
    half = math.sqrt(v * (v + tau2) / tau2 * (2 * math.log(1 / alpha) + math.log((v + tau2) / v)))
    return {"pValue": f(min(1.0, 1 / lr)), "likelihoodRatio": f(lr), "mixtureVariance": f(tau2),
            "absoluteLift": {"estimate": f(d), "lower": f(d - half), "upper": f(d + half)}}


def miller_chance(ac, bc, at, bt):
    """P(p_t > p_c), Evan Miller's closed form, for integer a_t."""
    total = 0.0
    terms = [special.betaln(ac + i, bc + bt) - math.log(bt + i) - special.betaln(1 + i, bt) - special.betaln(ac, bc) for i in range(int(at))]
    m = max(terms)
    total = m + math.log(sum(math.exp(x - m) for x in terms))
    return math.exp(total)


def bayes_binomial(c, t, prior=(1.0, 1.0), alpha=0.05):
    ac, bc = prior[0] + c["conversions"], prior[1] + c["units"] - c["conversions"]
    at, bt = prior[0] + t["conversions"], prior[1] + t["units"] - t["conversions"]
    C, T = stats.beta(ac, bc), stats.beta(at, bt)
    lo, hi = C.ppf(1e-15), C.isf(1e-15)
    pts = list(np.linspace(lo, hi, 30))
    mu_t = at / (at + bt)
    loss = integrate.quad(lambda x: C.pdf(x) * (x * T.cdf(x) - mu_t * stats.beta.cdf(x, at + 1, bt)), lo, hi, points=pts, limit=500, epsabs=1e-15, epsrel=1e-12)[0]
    chance = miller_chance(ac, bc, at, bt) if float(at).is_integer() else integrate.quad(lambda x: C.pdf(x) * T.sf(x), lo, hi, points=pts, limit=500, epsabs=1e-15, epsrel=1e-12)[0]

    def lift_cdf(r):
        return integrate.quad(lambda x: C.pdf(x) * T.cdf((1 + r) * x), lo, hi, points=pts, limit=500, epsabs=1e-15, epsrel=1e-12)[0]

    ql = optimize.brentq(lambda r: lift_cdf(r) - alpha / 2, -0.99, 50, xtol=1e-14)
    qu = optimize.brentq(lambda r: lift_cdf(r) - (1 - alpha / 2), -0.99, 50, xtol=1e-14)
    mu_c = ac / (ac + bc)
    return {"chanceToBeat": f(chance), "expectedLoss": f(loss), "expectedLossControl": f(mu_t - mu_c + loss),
            "liftInterval": {"estimate": f(mu_t / mu_c - 1), "lower": f(ql), "upper": f(qu)}}


def bayes_mean(a, b, alpha=0.05):
    ma, mb = np.mean(a), np.mean(b)
    v = np.var(a, ddof=1) / len(a) + np.var(b, ddof=1) / len(b)
    post = stats.norm(mb - ma, math.sqrt(v))
    # Partial expectations by quadrature (independent of the closed form used in TypeScript).
    loss = integrate.quad(lambda d: -d * post.pdf(d), -np.inf, 0)[0]
    loss_c = integrate.quad(lambda d: d * post.pdf(d), 0, np.inf)[0]
    return {"chanceToBeat": f(post.sf(0)), "expectedLoss": f(loss), "expectedLossControl": f(loss_c),
            "absoluteLift": {"estimate": f(mb - ma), "lower": f(post.ppf(alpha / 2)), "upper": f(post.ppf(1 - alpha / 2))}}


def sample_size(baseline, mde, power=0.8, alpha=0.05, variants=2, relative=True, sd=None):
    a = alpha / (variants - 1)
    za, zb = stats.norm.ppf(1 - a / 2), stats.norm.ppf(power)
    d = baseline * mde if relative else mde
    if sd is not None:
        n = 2 * sd * sd * (za + zb) ** 2 / d**2
    else:
        p1, p2 = baseline, baseline + d
        pb = (p1 + p2) / 2
        n = (za * math.sqrt(2 * pb * (1 - pb)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / d**2
    return {"exact": f(n), "perVariant": int(math.ceil(n - 1e-9))}


def main():
    rng = np.random.default_rng(20261202)
    out = {"generator": "stats/test/reference/generate.py", "scipy": scipy.__version__, "numpy": np.__version__,
           "python": sys.version.split()[0], "special": special_cases()}

    ztests = []
    for c, t, alpha in [
        ({"units": 1000, "conversions": 100}, {"units": 1000, "conversions": 130}, 0.05),
        ({"units": 200, "conversions": 140}, {"units": 340, "conversions": 255}, 0.05),
        ({"units": 254, "conversions": 28}, {"units": 301, "conversions": 36}, 0.05),
        ({"units": 50000, "conversions": 1500}, {"units": 49800, "conversions": 1610}, 0.01),
        ({"units": 1000000, "conversions": 3}, {"units": 1000000, "conversions": 10}, 0.05),
        ({"units": 1234, "conversions": 617}, {"units": 1190, "conversions": 560}, 0.1),
    ]:
        ztests.append({"control": c, "treatment": t, "alpha": alpha, "expected": z_test(c, t, alpha)})
    out["twoProportionZTest"] = ztests

    welchs = []
    for na, nb, ma, mb, sa, sb, alpha in [(15, 15, 20, 22, 3, 2, 0.05), (50, 60, 10, 11, 3, 5, 0.05), (1000, 1200, 35.0, 36.2, 20, 25, 0.05),
                                          (8, 30, 1.0, 1.9, 0.5, 2.0, 0.01), (20000, 20000, 4.2, 4.25, 9, 9.5, 0.05)]:
        a = rng.normal(ma, sa, na)
        b = rng.lognormal(math.log(mb), sb / mb / 2, nb) if nb == 1200 else rng.normal(mb, sb, nb)
        welchs.append({"control": sums(a), "treatment": sums(b), "alpha": alpha, "expected": welch(a, b, alpha)})
    out["welchTTest"] = welchs

    out["holm"] = [{"pValues": ps, "expected": holm(ps)} for ps in [
        [0.01, 0.04, 0.03, 0.005], [0.2, 0.01, 0.03, 0.03, 0.5, 0.001], [0.9], [0.5, 0.4, 0.3], [0.0001, 0.02, 0.02, 0.049, 0.3],
    ]]

    srms = []
    for obs, w in [([821588, 815482], [50, 50]), ([44000, 45000], [1, 1]), ([51200, 48800], [50, 50]), ([10000, 10050], [0.5, 0.5]),
                   ([3321, 3390, 3289], [1, 1, 1]), ([8000, 2100], [80, 20]), ([500, 1010, 1490], [1, 2, 3])]:
        tot = sum(obs)
        exp = [tot * x / sum(w) for x in w]
        r = stats.chisquare(obs, exp)
        srms.append({"observed": obs, "weights": w, "expected": {"chiSquare": f(r.statistic), "pValue": f(r.pvalue)}})
    out["srm"] = srms

    seq = []
    for c, t, alpha, tuning in [
        ({"units": 1000, "conversions": 100}, {"units": 1000, "conversions": 130}, 0.05, 5000),
        ({"units": 20000, "conversions": 1000}, {"units": 20100, "conversions": 1150}, 0.05, 5000),
        ({"units": 300, "conversions": 30}, {"units": 310, "conversions": 29}, 0.1, 1000),
    ]:
        pc, pt = c["conversions"] / c["units"], t["conversions"] / t["units"]
        seq.append({"control": c, "treatment": t, "alpha": alpha, "tuningUnits": tuning,
                    "expected": msprt(pc, pc * (1 - pc), c["units"], pt, pt * (1 - pt), t["units"], alpha, tuning)})
    a, b = rng.normal(10, 4, 4000), rng.normal(10.3, 4, 4100)
    seq.append({"control": sums(a), "treatment": sums(b), "alpha": 0.05, "tuningUnits": 5000,
                "expected": msprt(np.mean(a), np.var(a, ddof=1), len(a), np.mean(b), np.var(b, ddof=1), len(b), 0.05, 5000)})
    out["sequentialTest"] = seq

    bb = []
    for c, t, prior in [
        ({"units": 1000, "conversions": 100}, {"units": 1000, "conversions": 130}, (1, 1)),
        ({"units": 50, "conversions": 3}, {"units": 55, "conversions": 6}, (1, 1)),
        ({"units": 20000, "conversions": 600}, {"units": 20000, "conversions": 580}, (1, 1)),
        ({"units": 400, "conversions": 80}, {"units": 420, "conversions": 80}, (2, 8)),
        ({"units": 5000, "conversions": 250}, {"units": 800, "conversions": 52}, (1, 1)),
    ]:
        bb.append({"control": c, "treatment": t, "prior": {"alpha": prior[0], "beta": prior[1]}, "expected": bayes_binomial(c, t, prior)})
    out["bayesBinomial"] = bb

    bm = []
    for na, nb, ma, mb, sa, sb in [(500, 520, 10.0, 10.4, 4, 4.5), (3000, 3000, 52.0, 51.5, 30, 31)]:
        a, b = rng.normal(ma, sa, na), rng.normal(mb, sb, nb)
        bm.append({"control": sums(a), "treatment": sums(b), "expected": bayes_mean(a, b)})
    out["bayesMean"] = bm

    ss = []
    for args in [dict(baseline=0.03, mde=0.1), dict(baseline=0.2, mde=0.05, relative=False), dict(baseline=0.1, mde=0.02, power=0.9, alpha=0.01, relative=False),
                 dict(baseline=0.05, mde=0.2, variants=3), dict(baseline=0.5, mde=0.01, variants=4, power=0.95),
                 dict(baseline=40.0, mde=0.05, sd=25.0), dict(baseline=40.0, mde=1.5, sd=25.0, relative=False, variants=3)]:
        inp = {k: v for k, v in args.items() if k != "sd"}
        if "sd" in args:
            inp["standardDeviation"] = args["sd"]
        ss.append({"input": inp, "expected": sample_size(**args)})
    out["sampleSize"] = ss

    cu = []
    for n, rho in [(3000, 0.7), (800, 0.3), (5000, 0.95)]:
        x_c = rng.gamma(2.0, 10.0, n)
        x_t = rng.gamma(2.0, 10.0, n + 37)
        y_c = rho * x_c + rng.normal(0, 10, n) + 5
        y_t = rho * x_t + rng.normal(0, 10, n + 37) + 5.8
        x = np.concatenate([x_c, x_t])
        y = np.concatenate([y_c, y_t])
        theta = np.cov(x, y, ddof=1)[0, 1] / np.var(x, ddof=1)
        xbar = np.mean(x)
        ya, yb = y_c - theta * (x_c - xbar), y_t - theta * (x_t - xbar)
        w = welch(ya, yb)
        cu.append({"control": sums(y_c, x_c), "treatment": sums(y_t, x_t),
                   "expected": {"theta": f(theta), "varianceReduction": f(np.corrcoef(x, y)[0, 1] ** 2),
                                "control": sums(ya), "treatment": sums(yb), "welch": w}})
    out["cuped"] = cu

    with open(OUT, "w") as fh:
        json.dump(out, fh, indent=1)
        fh.write("\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
