namespace ValueAtlas.Evaluation.Report.Rendering;

/// <summary>
/// The report's one style sheet, inline (the page loads nothing). Korean fonts first in the family list; tables scroll
/// sideways on a narrow screen; print drops the navigation, keeps charts and table rows whole and Korea's rows marked.
/// </summary>
public static class ReportCss
{
    public const string Text = """
:root { --ink: #1f2933; --muted: #5f6b7a; --line: #d9dee5; --korea: #c8102e; --korea-bg: #fdecef; --band: #f6f8fa; }
* { box-sizing: border-box; }
html { font-size: 15px; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.55;
  font-family: 'Noto Sans KR', 'Noto Sans CJK KR', NanumGothic, 'Nanum Gothic', 'Apple SD Gothic Neo', 'Malgun Gothic', system-ui, sans-serif;
  word-break: keep-all; }
header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 1.5rem; }
header { padding-top: 2rem; border-bottom: 3px solid var(--korea); padding-bottom: 1rem; }
h1 { font-size: 1.9rem; margin: 0 0 .4rem; }
h2 { font-size: 1.45rem; margin: 2.6rem 0 .8rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.12rem; margin: 1.8rem 0 .6rem; }
.alt { display: block; font-size: .72em; font-weight: 400; color: var(--muted); }
h1 .alt { font-size: .55em; }
p.lead { font-size: 1.05rem; max-width: 60rem; }
p .alt, .note .alt, caption .alt { display: block; font-size: .92em; }
nav ol { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; padding: 0; margin: .8rem 0 0; list-style: none; }
nav a { color: var(--ink); text-decoration: none; border-bottom: 1px dotted var(--muted); }
.table-wrap { overflow-x: auto; margin: .6rem 0 1.4rem; }
table { border-collapse: collapse; font-size: .92rem; min-width: 40%; }
caption { text-align: left; font-weight: 600; padding: .3rem 0 .5rem; caption-side: top; }
th, td { padding: .35rem .65rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: var(--band); font-weight: 600; white-space: nowrap; }
th .alt { display: block; font-weight: 400; font-size: .82em; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.kr td { background: var(--korea-bg); font-weight: 700; }
tr.kr td:first-child { box-shadow: inset 4px 0 0 var(--korea); }
figure.chart { margin: .8rem 0 1.8rem; max-width: 820px; }
figure.chart svg { width: 100%; height: auto; display: block; border: 1px solid var(--line); border-radius: 4px; }
figcaption { font-size: .85rem; color: var(--muted); margin-top: .3rem; }
.note { border-left: 4px solid var(--line); background: var(--band); padding: .6rem .9rem; margin: .8rem 0; color: var(--muted); }
pre { background: var(--band); border: 1px solid var(--line); padding: .8rem 1rem; overflow-x: auto; font-size: .85rem; white-space: pre-wrap; word-break: break-all; }
footer { color: var(--muted); font-size: .85rem; padding: 2rem 1.5rem 3rem; }
@media (max-width: 700px) { html { font-size: 14px; } header, main, footer { padding: 0 .8rem; } }
@media print {
  html { font-size: 10.5pt; }
  nav { display: none; }
  header, main, footer { max-width: none; padding: 0; }
  h2 { break-before: page; break-after: avoid; }
  section:first-of-type h2 { break-before: avoid; }
  h3, caption { break-after: avoid; }
  figure.chart, tr { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  tr.kr td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  figure.chart svg { border: none; }
}
""";
}
