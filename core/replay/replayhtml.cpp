// ReplayReport::html: a self-contained page a person reads (no scripts, no
// links to fetch): the summary, then every differing turn side by side.
#include "replayreport.h"
#include "replaytext.h"

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

const char *const Style = R"(
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.1em; margin-top: 2em; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
tr.differs td { background: #fde8e8; }
td.label { font-weight: 600; }
.agree { color: #1a7f37; } .warning { color: #9a6700; }
)";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &annotated, const QString &predicted, bool differs)
{
    return u"<tr%1><td class=\"label\">%2</td><td>%3</td><td>%4</td></tr>\n"_s.arg(
        differs ? u" class=\"differs\""_s : QString(), escaped(label), escaped(annotated),
        escaped(predicted));
}

QString summaryTable(const ReplayRun &run)
{
    const ReplaySummary counts = ReplaySummary::of(run.sessions);
    const QList<QPair<QString, QString>> items{
        {ReplayReport::tr("Server"), run.server},
        {ReplayReport::tr("Rasa"), run.rasaVersion},
        {ReplayReport::tr("Model"), run.model},
        {ReplayReport::tr("Started"), run.started.toString(Qt::ISODate)},
        {ReplayReport::tr("Sessions"), QString::number(counts.sessions)},
        {ReplayReport::tr("Conversation parts"), QString::number(counts.conversations)},
        {ReplayReport::tr("Turns"), QString::number(counts.turns)},
        {ReplayReport::tr("Differing turns"), QString::number(counts.differing)}};
    QString html = u"<table>\n"_s;
    for (const auto &[label, value] : items)
        html += u"<tr><th>%1</th><td>%2</td></tr>\n"_s.arg(escaped(label), escaped(value));
    return html + u"</table>\n"_s;
}

QString turnTable(const ReplayTurn &turn)
{
    QString html = u"<table>\n<tr><th></th><th>%1</th><th>%2</th></tr>\n"_s.arg(
        escaped(ReplayText::annotatedTitle()), escaped(ReplayText::predictedTitle()));
    for (const ReplayComparison &line : ReplayText::comparison(turn))
        html += row(line.label, line.annotated, line.predicted, line.differs);
    html += u"</table>\n"_s;
    for (const QString &warning : ReplayText::warnings(turn))
        html += u"<p class=\"warning\">%1</p>\n"_s.arg(escaped(warning));
    return html;
}

QString differingTurns(const ReplayRun &run)
{
    QString html;
    for (const ReplaySession &session : run.sessions) {
        for (const ReplayPart &part : session.parts) {
            for (const ReplayTurn &turn : part.turns) {
                if (turn.agrees())
                    continue;
                html += u"<h2>%1</h2>\n"_s.arg(
                    escaped(ReplayText::turnTitle(session.file, part, turn)));
                html += turnTable(turn);
            }
        }
    }
    if (html.isEmpty())
        html =
            u"<p class=\"agree\">%1</p>\n"_s.arg(escaped(ReplayReport::tr("Every turn agrees.")));
    return html;
}

} // namespace

QByteArray ReplayReport::html(const ReplayRun &run)
{
    const QString title =
        tr("Replay: %1").arg(ReplayText::summary(ReplaySummary::of(run.sessions)));
    QString page = u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"_s;
    page += u"<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n"_s.arg(
        escaped(title), QString::fromUtf8(Style));
    page += u"<h1>%1</h1>\n"_s.arg(escaped(title));
    page += summaryTable(run);
    page += differingTurns(run);
    page += u"</body>\n</html>\n"_s;
    return page.toUtf8();
}

} // namespace Coach
