"""Forest plots per pooled claim: studies with Wilson CIs, the pooled diamond, the baseline band.

matplotlib's object API on an Agg canvas (no pyplot, no display, no global state), returned as
PNG bytes. The digest links the files from the Markdown and embeds them in the HTML mail.
"""

from __future__ import annotations

import io
import multiprocessing
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Polygon

from pipeline.forking import fork_is_safe
from pipeline.report.digest import ClaimView
from pipeline.report.formatting import pct, pct_range

NEW_COLOUR = "#b35806"
OLD_COLOUR = "#1f3b73"
BAND_COLOUR = "#9bd19b"


def forest_plot(view: ClaimView) -> bytes:
    """PNG of the claim's studies (k/n, Wilson 95% CI), pooled estimate and baseline range."""
    points = list(view.points)
    rows = len(points) + 2
    figure = Figure(figsize=(7.5, 1.2 + 0.32 * rows), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.subplots()
    if view.claim.has_range:
        axes.axvspan(view.claim.low, view.claim.high, color=BAND_COLOUR, alpha=0.45,
                     label=f"baseline {pct_range(view.claim.low, view.claim.high)}")
    labels = []
    for row, point in enumerate(points):
        y = rows - 1 - row
        colour = NEW_COLOUR if point.new else OLD_COLOUR
        axes.plot([point.low, point.high], [y, y], color=colour, linewidth=1.4)
        axes.plot([point.rate], [y], marker="s", markersize=3 + min(point.n, 200) ** 0.5 / 2, color=colour)
        labels.append((y, f"PMID {point.pmid}{' (new)' if point.new else ''}  {point.k}/{point.n}"))
    pooled = view.after
    if pooled is not None:
        y = 0
        diamond = Polygon([(pooled.low, y), (pooled.rate, y + 0.3), (pooled.high, y), (pooled.rate, y - 0.3)],
                          closed=True, color="#000000")
        axes.add_patch(diamond)
        labels.append((y, f"Pooled {pct(pooled.rate)} ({pct_range(pooled.low, pooled.high)}), "
                          f"{pooled.studies} studies"))
    axes.set_yticks([y for y, _ in labels], [text for _, text in labels], fontsize=8)
    axes.set_ylim(-0.8, rows - 0.4)
    high = max([p.high for p in points] + [pooled.high if pooled else 0, view.claim.high or 0])
    axes.set_xlim(0, min(1.0, high * 1.1 + 0.02))
    axes.xaxis.set_major_formatter(lambda value, _pos: f"{value * 100:.0f}%")
    axes.set_xlabel(f"{view.label}: proportion with 95% CI (squares: studies; diamond: random-effects pool)",
                    fontsize=8)
    shown = f"; {len(points)} of {len(points) + view.hidden_points} studies shown" if view.hidden_points else ""
    axes.set_title(f"{view.label} ({view.claim_id}){shown}", fontsize=10)
    axes.tick_params(axis="x", labelsize=8)
    axes.grid(axis="x", color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)
    if view.claim.has_range:
        axes.legend(loc="lower right", fontsize=7, frameon=False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


def forest_plots(views) -> dict[str, bytes]:
    """file name → PNG for every claim view that has a plot file."""
    return {view.plot_file: forest_plot(view) for view in views if view.plot_file}


def start_forest_plots(views) -> Callable[[], dict[str, bytes]]:
    """Start drawing `forest_plots(views)`; returns the function that waits for them.

    Drawing is CPU work that holds the GIL (a thread would not help), so each plot is drawn in
    a forked process of its own while this one goes on (writing the Markdown and HTML). Only
    when this process runs a single thread, as forking a multi-threaded one is unsafe (the
    scheduler runs jobs on threads): otherwise, and if a worker dies, they are drawn here.
    """
    wanted = [view for view in views if view.plot_file]
    if not wanted or not fork_is_safe():
        plots = forest_plots(wanted)
        return lambda: plots
    pool = ProcessPoolExecutor(max_workers=len(wanted), mp_context=multiprocessing.get_context("fork"))
    futures = {view.plot_file: (view, pool.submit(forest_plot, view)) for view in wanted}

    def wait() -> dict[str, bytes]:
        plots = {}
        try:
            for name, (view, future) in futures.items():
                try:
                    plots[name] = future.result()
                except BrokenExecutor:
                    plots[name] = forest_plot(view)
        finally:
            pool.shutdown(cancel_futures=True)
        return plots

    return wait
