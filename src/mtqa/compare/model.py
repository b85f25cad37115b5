"""The comparison report: frozen dataclasses, rendered as JSON, HTML, Markdown and a console table.

Every list has a fixed order (engines by name unless ranked, metrics in registry order, pairs by the
two names), so the same inputs and options give byte-identical reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mtqa.model import ArticleReport, Finding


@dataclass(frozen=True)
class MetricInfo:
    """What a metric is, declared before anything is computed (COMET's ``requires_references``)."""

    name: str  # the id used on the command line: "chrf", "quality", ...
    label: str  # how reports name it: "chrF2", "quality score", ...
    description: str
    requires_reference: bool
    # True: higher is better; False: lower is better; None: descriptive, never ranked or gated.
    higher_is_better: bool | None
    digits: int = 2

    @property
    def rankable(self) -> bool:
        return self.higher_is_better is not None


@dataclass(frozen=True)
class EngineScore:
    engine: str
    score: float
    # Percentile bootstrap interval of the corpus score (sacrebleu's 1/40 cut-offs) and the bootstrap mean.
    ci_low: float
    ci_high: float
    bootstrap_mean: float


@dataclass(frozen=True)
class PairResult:
    """Engine ``a`` against engine ``b`` (names in alphabetical order) on one metric."""

    a: str
    b: str
    delta: float  # score(a) - score(b), in the metric's own direction
    delta_ci_low: float  # percentile bootstrap interval of the difference
    delta_ci_high: float
    p_bootstrap: float  # paired bootstrap resampling, two-sided (Koehn 2004, as sacrebleu --paired-bs)
    p_ar: float  # paired approximate randomization, two-sided (Riezler & Maxwell 2005, sacrebleu --paired-ar)
    better: str | None  # the significantly better engine under the chosen test, None when not significant


@dataclass(frozen=True)
class EngineRank:
    engine: str
    rank: int  # 1-based position in the sorted order
    rank_low: int  # best rank the significance tests allow: 1 + engines significantly better
    rank_high: int  # worst: engines - engines significantly worse
    cluster: int  # 1-based
    wins: int  # engines it is significantly better than (WMT's "Wins" column)


@dataclass(frozen=True)
class MetricResult:
    info: MetricInfo
    signature: str
    scores: tuple[EngineScore, ...]  # engines by name
    pairs: tuple[PairResult, ...]  # every unordered pair, by names
    ranks: tuple[EngineRank, ...]  # best first; empty for descriptive metrics

    def score_of(self, engine: str) -> EngineScore:
        return next(score for score in self.scores if score.engine == engine)

    def pair(self, first: str, second: str) -> PairResult:
        a, b = sorted((first, second))
        return next(pair for pair in self.pairs if pair.a == a and pair.b == b)

    @property
    def clusters(self) -> tuple[tuple[str, ...], ...]:
        groups: dict[int, list[str]] = {}
        for rank in self.ranks:
            groups.setdefault(rank.cluster, []).append(rank.engine)
        return tuple(tuple(groups[key]) for key in sorted(groups))


@dataclass(frozen=True)
class Skipped:
    metric: str
    reason: str


@dataclass(frozen=True)
class Significance:
    bootstrap: int
    trials: int
    seed: int
    test: str  # "ar" or "bs": the test behind clusters, ranks, "better" and the gate
    alpha: float

    @property
    def signature(self) -> str:
        return f"bs:{self.bootstrap}|ar:{self.trials}|seed:{self.seed}|test:{self.test}|alpha:{self.alpha:g}"


@dataclass(frozen=True)
class EngineInfo:
    name: str
    path: str
    words: int
    segments: int  # non-empty output segments (segment files) or articles


@dataclass(frozen=True)
class InputInfo:
    mode: str  # "segments" or "articles"
    unit: str  # the resampling unit: "segment" or "article"
    units: int
    unit_reason: str
    source_path: str
    source_lang: str
    target_lang: str
    source_words: int
    references: tuple[str, ...]


@dataclass(frozen=True)
class ArticleRow:
    """One article (or document of a segment file) in the per-article breakdown."""

    name: str
    values: tuple[tuple[str, float | None], ...]  # engine -> primary metric on this article


@dataclass(frozen=True)
class CategoryRow:
    category: str
    per_1000_words: tuple[tuple[str, float], ...]  # engine -> findings per 1,000 target words
    counts: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Bucket:
    label: str
    segments: int
    values: tuple[tuple[str, float | None], ...]  # engine -> metric value inside the bucket


@dataclass(frozen=True)
class BucketTable:
    title: str
    metric: str  # the metric the values are in
    buckets: tuple[Bucket, ...]


@dataclass(frozen=True)
class SegmentOutput:
    engine: str
    text: str
    value: float | None  # the segment-level value that made the segment stand out
    findings: tuple[Finding, ...]  # spans are offsets into ``text``


@dataclass(frozen=True)
class SegmentDifference:
    label: str  # "segment 12", "article-key ¶3"
    source: str
    references: tuple[str, ...]
    spread: float
    outputs: tuple[SegmentOutput, ...]  # engines by name


@dataclass(frozen=True)
class Breakdown:
    value_metric: str  # the metric per article and per bucket
    articles: tuple[ArticleRow, ...]
    categories: tuple[CategoryRow, ...]
    buckets: tuple[BucketTable, ...]
    differences: tuple[SegmentDifference, ...]
    difference_metric: str


@dataclass(frozen=True)
class GateResult:
    baseline: str
    metrics: tuple[str, ...]
    passed: bool
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ComparisonReport:
    tool_version: str
    input: InputInfo
    engines: tuple[EngineInfo, ...]  # by name
    significance: Significance
    mtqa_signature: str  # encoder, checks and version behind mtqa's own metrics
    primary_metric: str
    metrics: tuple[MetricResult, ...]
    skipped: tuple[Skipped, ...]
    breakdown: Breakdown
    notes: tuple[str, ...] = ()
    gate: GateResult | None = None
    # Each engine's mtqa article reports (not serialised in full; kept for the Python API).
    reports: tuple[tuple[str, tuple[ArticleReport, ...]], ...] = field(default=(), repr=False, compare=False)

    def metric(self, name: str) -> MetricResult:
        for result in self.metrics:
            if result.info.name == name:
                return result
        raise KeyError(name)

    @property
    def primary(self) -> MetricResult:
        return self.metric(self.primary_metric)

    @property
    def ranking(self) -> tuple[str, ...]:
        """Engine names best first on the primary metric."""
        return tuple(rank.engine for rank in self.primary.ranks)
