package org.gongkai.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws an own-scope agency's numbers year after year: heavy-tailed request counts by level, the applicant
 * and outcome mixes, rare appeals, and proactive-disclosure stocks that carry over. Every identity of the
 * tables holds by construction: per column 一 + 二 = （七） + 四, （七） = Σ outcomes, 总计 = Σ applicants.
 */
final class ValueModel {

    /** Requests grow about 8 % a year; 2023 is the calibration year (FORMAT_SPEC §12.3). */
    private static final double YEARLY_GROWTH = 1.08;
    private static final int CALIBRATION_YEAR = 2023;
    /** Appeals per new request, calibrated to about 25,000 行政复议 nationwide in 2023. */
    private static final double[] APPEAL_RATES = {0.03, 0.015, 0.005};
    private static final double[] APPEAL_RESULTS = {0.55, 0.10, 0.20, 0.15};
    private static final double[] OTHER_APPLICANTS = {0.55, 0.03, 0.04, 0.13, 0.25};
    private static final double[] OUTCOME_WEIGHTS = {0.42, 0.07, 0.002, 0.004, 0.003, 0.012, 0.006, 0.008, 0.004,
            0.004, 0.22, 0.03, 0.02, 0.04, 0.02, 0.006, 0.008, 0.01, 0.05, 0.004, 0.03};
    private static final int UNPAID_FEE = YearValues.OUTCOMES.indexOf("other_unpaid_fee");
    /** 信息处理费 exists from 2021 (国办函〔2020〕109号): no unpaid-fee outcome before. */
    private static final int FEES_FROM = 2021;
    private static final List<Quantity[]> ITEM_CHAINS = List.of(
            new Quantity[] {Quantity.LICENSING_ITEMS, Quantity.LICENSING_CHANGE},
            new Quantity[] {Quantity.SERVICES_ITEMS, Quantity.SERVICES_CHANGE},
            new Quantity[] {Quantity.PENALTY_ITEMS, Quantity.PENALTY_CHANGE},
            new Quantity[] {Quantity.COERCION_ITEMS, Quantity.COERCION_CHANGE},
            new Quantity[] {Quantity.FEES_ITEMS, Quantity.FEES_CHANGE});

    private final UniverseAgency agency;
    private final LevelProfile profile;
    private final SeriesState state;

    ValueModel(UniverseAgency agency, long seed) {
        this.agency = agency;
        this.profile = LevelProfile.of(agency.level());
        SplittableRandom init = Seeds.random(seed, agency.id(), "init");
        this.state = new SeriesState(agency, init);
        initialStocks(init);
    }

    /** The next year's numbers; years must be asked for in order. */
    YearValues next(int year, SplittableRandom random) {
        YearValues v = new YearValues();
        requests(v, year, random);
        appeals(v, random);
        proactive(v, random);
        return v;
    }

    private void initialStocks(SplittableRandom random) {
        SplittableRandom r = random;
        for (int i = 0; i < state.carriedForward.length; i++) {
            state.carriedForward[i] = Draws.poisson(r, expectedRequests() * profile.forwardShare()
                    * (i == 0 ? profile.naturalShare() : (1 - profile.naturalShare()) / 5));
        }
        double regulations = state.makesRegulations ? regulationRate() : 0;
        state.setStock(Quantity.REG_IN_FORCE, Draws.poisson(r, regulations * 25));
        state.setStock(Quantity.REG_PUBLISHED_TOTAL, state.stock(Quantity.REG_IN_FORCE) + Draws.poisson(r, regulations * 10));
        double normative = normativeRate();
        state.setStock(Quantity.NORM_IN_FORCE, Draws.poisson(r, normative * 8));
        state.setStock(Quantity.NORM_PUBLISHED_TOTAL, state.stock(Quantity.NORM_IN_FORCE) + Draws.poisson(r, normative * 3));
        boolean[] has = {state.licenses, state.otherServices, state.penalizes, state.coerces, state.chargesFees};
        for (int i = 0; i < has.length; i++) {
            state.setStock(ITEM_CHAINS.get(i)[0], has[i] ? 1 + Draws.poisson(r, 20 * Math.sqrt(profile.amountFactor())) : 0);
        }
    }

    private double expectedRequests() {
        return (1 - profile.zeroShare()) * profile.medianRequests() * state.activity;
    }

    private void requests(YearValues v, int year, SplittableRandom r) {
        long received = 0;
        if (r.nextDouble() >= profile.zeroShare()) {
            double median = profile.medianRequests() * state.activity * Math.pow(YEARLY_GROWTH, year - CALIBRATION_YEAR);
            received = Math.max(1, Math.round(Draws.logNormal(r, median, 0.35)));
        }
        double[] applicants = new double[YearValues.APPLICANTS.size()];
        applicants[0] = profile.naturalShare();
        for (int i = 1; i < applicants.length; i++) {
            applicants[i] = (1 - profile.naturalShare()) * OTHER_APPLICANTS[i - 1];
        }
        long[] split = Draws.multinomial(r, received, applicants);
        double[] outcomes = OUTCOME_WEIGHTS.clone();
        if (year < FEES_FROM) {
            outcomes[UNPAID_FEE] = 0;
        }
        if (agency.level().equals("township")) {
            outcomes[0] *= 1.5;
        }
        for (int c = 0; c < split.length; c++) {
            v.newReceived[c] = split[c];
            v.carriedOver[c] = state.carriedForward[c];
            long open = v.newReceived[c] + v.carriedOver[c];
            v.carriedForward[c] = Draws.binomial(r, open, profile.forwardShare());
            long[] handled = Draws.multinomial(r, open - v.carriedForward[c], outcomes);
            for (int o = 0; o < handled.length; o++) {
                v.outcomes[o][c] = handled[o];
            }
            state.carriedForward[c] = v.carriedForward[c];
        }
    }

    private void appeals(YearValues v, SplittableRandom r) {
        long received = v.newReceivedTotal();
        for (int row = 0; row < APPEAL_RATES.length; row++) {
            long cases = Draws.poisson(r, received * APPEAL_RATES[row]);
            v.appeals[row] = Draws.multinomial(r, cases, APPEAL_RESULTS);
        }
    }

    private void proactive(YearValues v, SplittableRandom r) {
        stock(v, r, Quantity.REG_ISSUED, Quantity.REG_REPEALED, Quantity.REG_IN_FORCE, Quantity.REG_PUBLISHED_TOTAL,
                state.makesRegulations ? regulationRate() : 0, 0.03);
        stock(v, r, Quantity.NORM_ISSUED, Quantity.NORM_REPEALED, Quantity.NORM_IN_FORCE, Quantity.NORM_PUBLISHED_TOTAL,
                normativeRate(), 0.06);
        double decisions = profile.decisionsMedian() * agency.weight();
        v.set(Quantity.LICENSING_DECISIONS, state.licenses ? Math.round(Draws.logNormal(r, decisions, 1.2)) : 0);
        v.set(Quantity.SERVICES_DECISIONS, state.otherServices ? Math.round(Draws.logNormal(r, decisions / 2, 1.2)) : 0);
        v.set(Quantity.PENALTY_DECISIONS, state.penalizes ? Math.round(Draws.logNormal(r, decisions / 4, 1.2)) : 0);
        v.set(Quantity.COERCION_DECISIONS, state.coerces ? Math.round(Draws.logNormal(r, decisions / 40, 1.2)) : 0);
        v.set(Quantity.FEES_AMOUNT, state.chargesFees
                ? Math.round(Draws.logNormal(r, 2000 * profile.amountFactor(), 1.0)) : 0);
        v.set(Quantity.PROCUREMENT_ITEMS, Draws.poisson(r, 3 * agency.weight()));
        v.set(Quantity.PROCUREMENT_AMOUNT, v.get(Quantity.PROCUREMENT_ITEMS) == 0 ? 0
                : Math.round(Draws.logNormal(r, 5000 * profile.amountFactor(), 1.0)));
        for (Quantity[] chain : ITEM_CHAINS) {
            long items = state.stock(chain[0]);
            long change = items > 0 && r.nextDouble() < 0.3
                    ? Math.max(-items, (r.nextBoolean() ? 1 : -1) * (1 + Draws.poisson(r, 2))) : 0;
            v.set(chain[0], items);
            v.set(chain[1], change);
            state.setStock(chain[0], items + change);
        }
    }

    /** 现行有效(t) = 现行有效(t−1) + 制发 − 废止; the 2019 format's 对外公开总数量 grows by what is published. */
    private void stock(YearValues v, SplittableRandom r, Quantity issued, Quantity repealed, Quantity inForce,
                       Quantity published, double rate, double repealShare) {
        long made = Draws.poisson(r, rate);
        long stock = state.stock(inForce) + made;
        long dropped = Draws.binomial(r, state.stock(inForce), repealShare);
        v.set(issued, made);
        v.set(repealed, dropped);
        v.set(inForce, stock - dropped);
        v.set(published, state.stock(published) + made);
        state.setStock(inForce, stock - dropped);
        state.setStock(published, state.stock(published) + made);
    }

    private double regulationRate() {
        return agency.level().equals("national") ? 1.5 : agency.level().equals("province") ? 3 : 1;
    }

    private double normativeRate() {
        return profile.normativeIssued() * Math.sqrt(agency.weight()) * Math.pow(state.activity / agency.weight(), 0.3);
    }
}
