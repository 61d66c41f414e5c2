"""The ``a11ylint`` command. The only module that prints to the terminal or calls ``sys.exit``.

Exit codes: 0 clean, 1 findings at or above ``--fail-on``, 2 usage, config or internal error.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import replace
from pathlib import Path

from . import __version__
from .config import LANGUAGES, PARSERS, Config, ConfigError, load_config
from .rule import SEVERITIES

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FOLDER_HINT_PAGES = 5000  # above this, one HTML file takes over 5 s to open (bench/report_open.py)
REPORT_FORMATS = ("text", "json", "html", "sarif", "junit", "csv", "github", "gitlab")

_EPILOG = """\
exit codes:
  0  no active finding at or above --fail-on
  1  at least one such finding
  2  usage, configuration or internal error (a rule crashed); 2 wins over 1

selectors (--select, --extend-select, --ignore, config keys):
  ALL, a code (IMG001), a code prefix (IMG), a rule name (image-alt), or
  wcag:1.1.1, level:AA, act:23a2a8, std:EN-301-549, tag:html

presets (--preset, default recommended):
  recommended, audit, all, html, best-practice, wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22a, wcag22aa
  (WCAG presets are computed from each rule's success criteria and level)

profiles (--profile): a WCAG preset plus one jurisdiction's rules and the defacement checks
  gov-cn (WCAG 2.1 AA), us-federal (Section 508: WCAG 2.0 AA), us-title2 (WCAG 2.1 AA),
  uk-public-sector (WCAG 2.2 AA), eu-wad (EN 301 549: WCAG 2.1 AA)
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse exits 2 on usage errors, which is our code too
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"a11ylint: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="a11ylint",
        description="Accessibility and compliance linter for government web pages.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"a11ylint {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = commands.add_parser(
        "check", help="lint files, folders or stdin", epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Lint HTML pages. Folders are searched recursively for --include globs; files named "
                    "explicitly are linted whatever their extension; '-' reads standard input.",
    )
    _add_lint_options(check)
    check.add_argument("--format", choices=REPORT_FORMATS,
                       help="report format (default: text; github when GITHUB_ACTIONS=true and no -o is given)")
    check.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument("--fail-on", choices=SEVERITIES, help="lowest severity that fails the run (default: error)")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when findings fail the run "
                                                                 "(errors still exit 2)")
    check.add_argument("--max-warnings", type=_count, metavar="N",
                       help="also fail (exit 1) when there are more than N active warnings")
    check.add_argument("--max-bytes", type=_positive, metavar="N",
                       help="report a file larger than N bytes (SYS004) instead of checking it (default 20000000)")
    check.add_argument("--statistics", action="store_true", help="print the number of findings per rule")
    check.add_argument("--baseline", metavar="FILE",
                       help="report and fail only on findings not recorded in FILE (see 'a11ylint baseline')")
    check.add_argument("--changed-since", metavar="REF",
                       help="lint only the files of PATHS changed since the git ref REF (committed, staged, "
                            "unstaged or untracked)")

    baseline = commands.add_parser(
        "baseline", help="record the current findings, so that check --baseline fails on new ones only",
        description="Keep a baseline file of accepted findings, matched by page path and fingerprint (rule, "
                    "element path and start tag; not line numbers).")
    actions = baseline.add_subparsers(dest="baseline_action", metavar="ACTION", parser_class=_Parser,
                                      required=True)
    for action, summary in (("write", "record every active finding of PATHS in FILE (FILE is rewritten)"),
                            ("prune", "drop entries of FILE that PATHS no longer have; add none")):
        sub = actions.add_parser(action, help=summary, description=summary[0].upper() + summary[1:] + ".",
                                 epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
        _add_lint_options(sub)
        sub.add_argument("--baseline", metavar="FILE", default="a11ylint-baseline.json",
                         help="baseline file (default: a11ylint-baseline.json)")
        sub.set_defaults(fail_on=None, max_warnings=None)  # check-only options that the shared linting reads

    batch = commands.add_parser(
        "batch", help="lint crawled sites: folders, WARC files, sitemaps, URL lists and URLs, in parallel",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Lint a crawl into --out DIR: pages.jsonl (one line per page, findings as in check's JSON), "
                    "sites.json (per-site counts) and chunks/ (the checkpoints that --resume continues from). "
                    "INPUTs are folders (a wget --mirror tree), .warc/.warc.gz files, sitemaps, URL-list files "
                    "and http(s) URLs.")
    _add_lint_options(batch, paths_help="folders, WARC files, sitemaps, URL lists or URLs")
    batch.add_argument("--out", required=True, metavar="DIR", help="output folder")
    batch.add_argument("--jobs", type=_positive, default=os.cpu_count() or 1, metavar="N",
                       help="worker processes (default: the number of cores)")
    batch.add_argument("--resume", action="store_true", help="continue the interrupted batch in --out")
    batch.add_argument("--chunk-size", type=_positive, default=25, metavar="N",
                       help="pages per checkpoint (default 25)")
    batch.add_argument("--page-timeout", type=_positive, default=60, metavar="SECONDS",
                       help="CPU-time limit for one page (default 60; a page that waits three times as long "
                            "in wall time is given up too)")
    batch.add_argument("--max-bytes", type=_positive, default=20_000_000, metavar="N",
                       help="size limit for one page (default 20000000)")
    batch.add_argument("--dask", metavar="ADDRESS",
                       help="run on Dask: local[N] for a local cluster, or a scheduler address tcp://host:8786")
    batch.add_argument("--allow-private", action="store_true",
                       help="let URL inputs reach private and loopback addresses")
    batch.add_argument("--fetch-timeout", type=_positive, default=20, metavar="SECONDS",
                       help="time limit for one HTTP request of a URL input (default 20)")
    batch.add_argument("--host-delay", type=float, default=1.0, metavar="SECONDS",
                       help="pause between two requests to the same host, per worker (default 1.0)")
    batch.add_argument("--max-sitemap-urls", type=_positive, default=100_000, metavar="N",
                       help="URLs read from one sitemap input, child sitemaps included (default 100000)")
    batch.add_argument("--no-html", action="store_true",
                       help="leave out report/, the HTML report folder (an index and one report per site)")
    batch.set_defaults(fail_on=None, max_warnings=None)

    rules = commands.add_parser(
        "rules", help="list the rules and their metadata",
        description="List rules. --preset and --select narrow the list, e.g. '--preset wcag21aa' for the rules of "
                    "WCAG 2.1 level A and AA, or '--select level:AA,wcag:1.4.4'.")
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    rules.add_argument("--lang", choices=LANGUAGES, default="en")
    rules.add_argument("--preset", help="only the rules of this preset (wcag2aa, wcag21aa, wcag22aa, html, ...)")
    rules.add_argument("--select", metavar="SELECTORS", help="only the rules these comma-separated selectors name")

    rule = commands.add_parser("rule", help="print one rule's documentation")
    rule.add_argument("code", metavar="CODE", help="rule code or name, e.g. IMG001 or image-alt")
    rule.add_argument("--format", choices=("text", "json"), default="text")
    rule.add_argument("--lang", choices=LANGUAGES, default="en",
                      help="language of the title and fix hint: en (default) or zh; the documentation stays as written")

    config = commands.add_parser("config", help="print the resolved configuration and selected rules")
    config.add_argument("--config", metavar="FILE.toml")
    config.add_argument("--isolated", action="store_true")
    return parser


def _count(text: str) -> int:
    if not (text.isascii() and text.isdigit()):
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 0, not {text!r}")
    return int(text)


def _positive(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return int(text)


def _add_lint_options(parser: argparse.ArgumentParser,
                      paths_help: str = "files, folders, or - for stdin (default: .)") -> None:
    """What to lint and with which rules: shared by check, baseline and batch, so that they see the same."""
    parser.add_argument("paths", nargs="*", metavar="PATH", help=paths_help)
    parser.add_argument("--config", metavar="FILE.toml",
                        help="read settings from FILE.toml instead of the nearest pyproject.toml")
    parser.add_argument("--isolated", action="store_true", help="ignore all configuration files")
    parser.add_argument("--preset", help="rule preset (see below)")
    parser.add_argument("--profile", help="compliance profile: gov-cn, us-federal, us-title2, uk-public-sector, "
                                          "eu-wad (a WCAG preset plus that jurisdiction's rules)")
    parser.add_argument("--select", metavar="SELECTORS", help="comma-separated selectors; replaces the preset")
    parser.add_argument("--extend-select", metavar="SELECTORS", help="comma-separated selectors to add")
    parser.add_argument("--ignore", metavar="SELECTORS", help="comma-separated selectors to leave out")
    parser.add_argument("--lang", choices=LANGUAGES, help="message language: en (default) or zh")
    parser.add_argument("--encoding", metavar="LABEL",
                        help="character encoding of the input, overriding <meta charset> (a BOM still wins)")
    parser.add_argument("--include", metavar="GLOBS", help="comma-separated file globs for folders "
                                                           "(default: *.html,*.htm)")
    parser.add_argument("--exclude", metavar="GLOBS", help="comma-separated globs of paths to skip")
    parser.add_argument("--web-root", metavar="DIR",
                        help="folder that root-relative URLs (/css/site.css) resolve to when reading local style "
                             "sheets (default: the folder being linted, when one folder is given)")
    parser.add_argument("--max-depth", type=_positive, metavar="N",
                        help="stop parsing a page at an element nested deeper than N (SYS005, default 1024)")
    parser.add_argument("--max-elements", type=_positive, metavar="N",
                        help="stop parsing a page at its Nth element (SYS005, default 200000)")
    parser.add_argument("--parser", choices=PARSERS,
                        help="fast (default: lexbor's tree where its positions align, else python), python (a11ylint's "
                             "tokenizer, html5lib's tree construction) or html5lib (the reference); all give the same "
                             "tree and findings")
    parser.add_argument("--stdin-filename", metavar="NAME", default="<stdin>",
                        help="path to report for standard input (default: <stdin>)")


def _split(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _load(args) -> Config:
    if getattr(args, "isolated", False):
        return Config()
    return load_config(getattr(args, "config", None))


def _lint_config(args) -> Config:
    """The configuration the lint options and the config file give. Used by check, baseline and batch."""
    config = _load(args)
    select = _split(args.select)
    if args.profile is not None:
        from .data import profiles

        if args.profile not in profiles():
            from .suggest import did_you_mean

            raise ConfigError(f"unknown profile {args.profile!r}{did_you_mean(args.profile, profiles())}; "
                              f"profiles: {', '.join(sorted(profiles()))}")
        if args.preset is not None:
            raise ConfigError("--profile and --preset cannot be combined: a profile includes its WCAG preset")
        args.preset = args.profile
    config = config.merged(
        preset=args.preset,
        select=select,
        fail_on=args.fail_on,
        max_warnings=args.max_warnings,
        max_bytes=getattr(args, "max_bytes", None),
        lang=args.lang,
        parser=args.parser,
        max_depth=args.max_depth,
        max_elements=args.max_elements,
        encoding=args.encoding,
        include=_split(args.include),
    )
    if args.preset is not None and select is None:
        config = replace(config, select=None)  # a preset named on the command line beats the file's select
    web_root = args.web_root
    if web_root is None and config.web_root is None and len(args.paths) == 1 and Path(args.paths[0]).is_dir():
        web_root = args.paths[0]
    config = config.merged(
        web_root=Path(web_root).resolve() if web_root else None,
        extend_select=config.extend_select + (_split(args.extend_select) or ()),
        ignore=config.ignore + (_split(args.ignore) or ()),
        exclude=config.exclude + (_split(args.exclude) or ()),
    )
    return config


def _lint(args):
    """Lint what check's PATHS and lint options name: (RunResult, Config, Linter). Used by check and baseline."""
    from .engine import Linter
    from .files import InputError, discover
    from .results import RunResult

    config = _lint_config(args)
    linter = Linter(config)
    paths = args.paths or ["."]
    results = []
    stdin_used = False
    file_paths = []
    changed_since = getattr(args, "changed_since", None)  # a check option only
    if changed_since is not None and "-" in paths:
        raise InputError("-: standard input cannot be combined with --changed-since")
    for path in paths:
        if path == "-":
            if stdin_used:
                raise InputError("-: standard input can be read only once")
            stdin_used = True
            data = sys.stdin.buffer.read()
            results.append(linter.lint_bytes(data, args.stdin_filename))
        else:
            file_paths.append(path)
    if changed_since is not None:
        from .gitfiles import changed_paths

        found = changed_paths(file_paths, config, changed_since)
        if not found:
            print(f"a11ylint: No changed HTML files since {changed_since}.", file=sys.stderr)
    else:
        found = discover(file_paths, config) if file_paths else []
    for path in found:
        results.append(linter.lint_path(path))
    return RunResult(results), config, linter


def _check(args) -> int:
    if args.baseline:
        from . import baseline

        accepted = baseline.load(args.baseline)  # a bad baseline fails before a long run
    run, config, linter = _lint(args)
    if args.baseline:
        # Baselined findings leave the run before any report: no format needs to know about baselines.
        run, matched = baseline.match(run, accepted, os.getcwd())
    _write_report(run, args, config, linter)
    if args.baseline:
        print(baseline.summary_line("matched", config.lang, count=matched, file=args.baseline), file=sys.stderr)
    code = run.exit_code(config.fail_on)
    if code == EXIT_CLEAN and config.max_warnings is not None:
        warnings = run.summary()["by_severity"]["warning"]
        if warnings > config.max_warnings:
            print(f"a11ylint: {warnings} warnings, more than --max-warnings {config.max_warnings}", file=sys.stderr)
            code = EXIT_FINDINGS
    if args.exit_zero and code == EXIT_FINDINGS:
        return EXIT_CLEAN
    return code


def _batch(args) -> int:
    from .batch.cli import run

    return run(args, _lint_config(args))


def _write_report(run, args, config, linter) -> None:
    from .reports import ReportContext, default_format, get_writer

    report_format = args.format or ("text" if args.output else default_format(os.environ))
    used = {finding.code for _, finding in run.findings()}
    context = ReportContext(lang=config.lang, statistics=args.statistics, rules=tuple(linter.registry.by_codes(used)),
                            root=os.getcwd())
    if report_format == "html" and args.output and _names_folder(args.output):
        from .reports.html import render_folder

        _write_folder(Path(args.output), render_folder(run, context))
        return
    report = get_writer(report_format)(run, context)
    if report_format == "html" and len(run.files) > FOLDER_HINT_PAGES:
        print(f"a11ylint: note: {len(run.files):,} pages in one HTML file; '-o DIR/' writes a report folder "
              "(an index and one report per site) that opens faster", file=sys.stderr)
    if args.output:
        try:
            # newline="": writers choose their line ends (CSV's CRLF must not become CRCRLF on Windows).
            Path(args.output).write_text(report, encoding="utf-8", errors="replace", newline="")
        except OSError as error:
            raise ConfigError(f"{args.output}: cannot write report: {error.strerror or error}") from None
    else:
        _emit(report)


def _names_folder(output: str) -> bool:
    return output.endswith(("/", os.sep)) or Path(output).is_dir()


def _write_folder(folder: Path, files: dict[str, str]) -> None:
    """Write a report folder: {relative path: text}, paths made by the writer, never from page content."""
    try:
        for name, text in files.items():
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", errors="replace", newline="")
    except OSError as error:
        raise ConfigError(f"{folder}: cannot write report: {error.strerror or error}") from None


def _emit(text: str) -> None:
    stream = sys.stdout
    try:
        stream.write(text)
    except UnicodeEncodeError:  # a terminal that cannot show CJK text
        stream.buffer.write(text.encode(stream.encoding or "utf-8", errors="replace"))
    stream.flush()


def _rule_dict(rule, lang: str = "en") -> dict:
    return {
        "code": rule.code,
        "name": rule.name,
        "title": rule.title.render(lang),
        "title_zh": rule.title.zh,
        "fix": rule.fix.render(lang) if rule.fix else None,
        "fix_zh": rule.fix.zh if rule.fix else None,
        "wcag": list(rule.wcag),
        "level": rule.level,
        "act": list(rule.act),
        "standards": list(rule.standards),
        "tags": list(rule.tags),
        "severity": rule.severity,
        "impact": rule.impact,
        "status": rule.status,
        "best_practice": rule.best_practice,
        "origin": rule.origin,
        "url": rule.url,
        "options": [{"name": option.name, "type": option.type, "default": option.default, "help": option.help}
                    for option in rule.options],
    }


def _rules(args) -> int:
    from .registry import load_registry

    registry = load_registry()
    for error in registry.plugin_errors:
        print(f"a11ylint: warning: {error}", file=sys.stderr)
    listed = registry.rules
    if args.preset or args.select:
        from .selection import SelectionError, check_selectors, select_rules, specificity

        select = list(_split(args.select)) if args.select else None
        try:
            if select:
                check_selectors(select, registry.rules, "--select")
            codes = select_rules(registry.rules, preset=args.preset, select=select, extend_select=[], ignore=[])
        except SelectionError as error:
            raise ConfigError(str(error)) from None
        named = lambda rule: select and any(specificity(selector, rule) is not None for selector in select)  # noqa: E731
        listed = [rule for rule in registry.rules if rule.code in codes and ("system" not in rule.tags or named(rule))]
    if args.format == "json":
        _emit(json.dumps([_rule_dict(rule, args.lang) for rule in listed], ensure_ascii=False, indent=2) + "\n")
        return EXIT_CLEAN
    if args.format == "markdown":
        _emit(_rules_markdown(listed, args.lang))
        return EXIT_CLEAN
    lines = []
    for rule in listed:
        wcag = ",".join(rule.wcag) or ("best-practice" if rule.best_practice else "-")
        level = rule.level or ""
        lines.append(f"{rule.code:<7} {rule.name:<28} {rule.severity:<8} {wcag:<16} {level:<3} "
                     f"{rule.title.render(args.lang)}")
    _emit("\n".join(lines) + "\n")
    return EXIT_CLEAN


def _rules_markdown(rules, lang: str) -> str:
    lines = ["| code | name | requirement | WCAG | level | ACT | severity | tags | fix |",
             "|---|---|---|---|---|---|---|---|---|"]
    for rule in rules:
        wcag = ", ".join(rule.wcag) or ("best practice" if rule.best_practice else "–")
        tags = ", ".join(tag for tag in rule.tags if not tag.startswith("cat."))
        fix = _markdown_cell(rule.fix.render(lang)) if rule.fix else ""
        lines.append(f"| {rule.code} | {rule.name} | {_markdown_cell(rule.title.render(lang))} | {wcag} | "
                     f"{rule.level or ''} | {', '.join(rule.act)} | {rule.severity} | {tags} | {fix} |")
    return "\n".join(lines) + "\n"


_MARKUP = re.compile(r"(?<!`)<[^<>\s][^<>]*>(?!`)")


def _markdown_cell(text: str) -> str:
    """Text safe inside a Markdown table cell: pipes escaped, markup such as <img alt> shown as code."""
    return _MARKUP.sub(lambda found: f"`{found.group()}`", text).replace("|", "\\|")


def _rule(args) -> int:
    from .registry import load_registry

    registry = load_registry()
    rule = registry.get(args.code)
    if rule is None:
        raise ConfigError(f"unknown rule {args.code!r}; see 'a11ylint rules'")
    if args.format == "json":
        document = _rule_dict(rule, args.lang)
        document["doc"] = rule.doc
        _emit(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return EXIT_CLEAN
    fix_label = "修复建议：" if args.lang == "zh" else "Fix: "
    header = [f"{rule.code} {rule.name}: {rule.title.render(args.lang)}"]
    if rule.fix:
        header.append(fix_label + rule.fix.render(args.lang))
    header.append("")
    facts = [
        f"Severity: {rule.severity}   Impact: {rule.impact}   Status: {rule.status}",
        f"WCAG: {', '.join(rule.wcag) or '-'} {rule.level or ''}".rstrip(),
        f"ACT rules: {', '.join(rule.act) or '-'}",
        f"Standards: {', '.join(rule.standards) or '-'}",
        f"Jurisdiction: {', '.join(rule.jurisdiction) or '-'}   Requirements: {', '.join(rule.requirements) or '-'}",
        f"Tags: {', '.join(rule.tags) or '-'}",
        f"Selector: {rule.selector or '(emitted by the engine)'}",
        "",
    ]
    _emit("\n".join(header + facts) + rule.doc + "\n")
    return EXIT_CLEAN


def _config(args) -> int:
    from .engine import Linter

    config = _load(args)
    linter = Linter(config)
    lines = [
        f"source: {config.source}",
        f"preset: {config.preset or 'recommended'}",
        f"select: {list(config.select) if config.select is not None else '(preset)'}",
        f"extend-select: {list(config.extend_select)}",
        f"ignore: {list(config.ignore)}",
        f"per-file-ignores: { {pattern: list(sel) for pattern, sel in config.per_file_ignores.items()} }",
        f"severity: {config.severity}",
        f"include: {list(config.include)}",
        f"exclude: {list(config.exclude)}",
        f"fail-on: {config.fail_on}",
        f"max-warnings: {config.max_warnings if config.max_warnings is not None else '(no limit)'}",
        f"max-bytes: {config.max_bytes}",
        f"max-depth: {config.max_depth}",
        f"max-elements: {config.max_elements}",
        f"lang: {config.lang}",
        f"parser: {config.parser}",
        f"require-suppression-reason: {str(config.require_suppression_reason).lower()}",
        f"encoding: {config.encoding or '(sniffed per page)'}",
        f"rule options: {config.rule_options}",
        f"selected rules ({len(linter.selected)}):",
    ]
    for rule in linter.registry.by_codes(linter.selected):
        lines.append(f"  {rule.code} {rule.name}")
    _emit("\n".join(lines) + "\n")
    return EXIT_CLEAN


def _baseline(args) -> int:
    from . import baseline

    root = os.getcwd()
    recorded = baseline.load(args.baseline) if args.baseline_action == "prune" else None
    run, config, _ = _lint(args)
    if run.exit_code("info") == EXIT_ERROR:
        # A crashed rule reported nothing on that page: a baseline written now would miss its findings.
        print("a11ylint: error: a rule crashed (SYS002), the baseline is left unchanged; run 'a11ylint check' "
              "to see where", file=sys.stderr)
        return EXIT_ERROR
    current = baseline.entries_from_run(run, root)
    if recorded is None:
        baseline.write(args.baseline, current)
        line = baseline.summary_line("written", config.lang, file=args.baseline, count=baseline.total(current),
                                     entries=len(current))
    else:
        kept, dropped = baseline.prune(recorded, current, baseline.prune_scope(run, recorded, root))
        baseline.write(args.baseline, kept)
        line = baseline.summary_line("pruned", config.lang, file=args.baseline, dropped=dropped,
                                     remaining=baseline.total(kept))
    _emit(line + "\n")
    return EXIT_CLEAN


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``a11ylint`` console script. Returns the exit code."""
    from .collection import fewer_collections
    from .files import InputError
    from .registry import RegistryError

    parser = _parser()
    args = parser.parse_args(argv)
    handlers = {"batch": _batch, "check": _check, "baseline": _baseline, "rules": _rules, "rule": _rule, "config": _config}
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    try:
        with fewer_collections():
            return handlers[args.command](args)
    except (ConfigError, InputError, RegistryError) as error:
        print(f"a11ylint: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("a11ylint: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_ERROR
    except Exception as error:  # a bug (ours or a plugin's) outside any page: still one line, exit 2
        print(f"a11ylint: internal error: {type(error).__name__}: {error} "
              "(please report it with the command that caused it)", file=sys.stderr)
        return EXIT_ERROR
