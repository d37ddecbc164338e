#include "replayreport.h"

#include "replaytext.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QJsonObject turnJson(const ReplayTurn &turn)
{
    return {{u"index"_s, turn.index},
            {u"user"_s, turn.text()},
            {u"expected_intent"_s, turn.expectedIntent()},
            {u"predicted_intent"_s, turn.predictedIntent()},
            {u"predicted_confidence"_s, turn.predictedConfidence()},
            {u"expected_entities"_s, entitiesToJson(turn.expectedEntities())},
            {u"predicted_entities"_s, entitiesToJson(turn.predictedEntities())},
            {u"expected_actions"_s, QJsonArray::fromStringList(turn.expectedActions())},
            {u"predicted_actions"_s, QJsonArray::fromStringList(turn.predictedActions())},
            {u"agree"_s, turn.agrees()}};
}

QJsonObject partJson(const ReplayPart &part)
{
    QJsonArray turns;
    for (const ReplayTurn &turn : part.turns)
        turns.append(turnJson(turn));
    return {{u"id"_s, part.conversationId}, {u"part"_s, part.part}, {u"turns"_s, turns}};
}

} // namespace

std::optional<ReplayReport::Format> ReplayReport::formatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == "json"_L1)
        return Format::Json;
    if (suffix == "xml"_L1)
        return Format::JUnit;
    if (suffix == "html"_L1 || suffix == "htm"_L1)
        return Format::Html;
    return std::nullopt;
}

QByteArray ReplayReport::render(Format format, const ReplayRun &run)
{
    switch (format) {
    case Format::Json:
        return json(run);
    case Format::JUnit:
        return junit(run);
    case Format::Html:
        return html(run);
    }
    return {};
}

QByteArray ReplayReport::json(const ReplayRun &run)
{
    const ReplaySummary counts = ReplaySummary::of(run.sessions);
    QJsonArray sessions;
    for (const ReplaySession &session : run.sessions) {
        QJsonArray parts;
        for (const ReplayPart &part : session.parts)
            parts.append(partJson(part));
        sessions.append(QJsonObject{{u"file"_s, session.file}, {u"conversations"_s, parts}});
    }
    const QJsonObject summary{{u"sessions"_s, counts.sessions},
                              {u"conversations"_s, counts.conversations},
                              {u"turns"_s, counts.turns},
                              {u"differing"_s, counts.differing}};
    return QJsonDocument(QJsonObject{{u"summary"_s, summary}, {u"sessions"_s, sessions}})
        .toJson(QJsonDocument::Indented);
}

Status ReplayReport::write(const QString &fileName, const QByteArray &bytes)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(file.errorString(), fileName);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(file.errorString(), fileName);
    return {};
}

QString ReplayReport::sideBySide(const ReplayTurn &turn)
{
    const QList<ReplayComparison> rows = ReplayText::comparison(turn);
    qsizetype labelWidth = 0;
    qsizetype annotatedWidth = ReplayText::annotatedTitle().size();
    for (const ReplayComparison &row : rows) {
        labelWidth = std::max(labelWidth, row.label.size());
        annotatedWidth = std::max(annotatedWidth, row.annotated.size());
    }
    QString text = u"  "_s + QString().leftJustified(labelWidth + 2)
        + ReplayText::annotatedTitle().leftJustified(annotatedWidth + 2)
        + ReplayText::predictedTitle() + u'\n';
    for (const ReplayComparison &row : rows) {
        text += (row.differs ? u"* "_s : u"  "_s) + row.label.leftJustified(labelWidth + 2)
            + row.annotated.leftJustified(annotatedWidth + 2) + row.predicted + u'\n';
    }
    return text;
}

} // namespace Coach
