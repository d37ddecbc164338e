#include "replaytext.h"

using namespace Qt::StringLiterals;

namespace Coach {

QString ReplayText::entity(const Entity &entity)
{
    QString text = u"%1=%2"_s.arg(entity.type(), entity.valueText());
    if (!entity.role().isEmpty())
        text += u" role=%1"_s.arg(entity.role());
    if (!entity.group().isEmpty())
        text += u" group=%1"_s.arg(entity.group());
    if (entity.hasSpan())
        text += u" [%1-%2]"_s.arg(*entity.start()).arg(*entity.end());
    return text;
}

QString ReplayText::entities(const QList<Entity> &entities)
{
    if (entities.isEmpty())
        return tr("none");
    QStringList texts;
    for (const Entity &item : entities)
        texts.append(entity(item));
    return texts.join(u", "_s);
}

QString ReplayText::scored(const QString &name, std::optional<double> confidence)
{
    const QString shown = name.isEmpty() ? tr("(none)") : name;
    return confidence ? u"%1 (%2)"_s.arg(shown, QString::number(*confidence, 'f', 2)) : shown;
}

QString ReplayText::confidenceDelta(const ReplayTurn &turn)
{
    const std::optional<double> annotated = turn.expectedConfidence();
    if (!annotated || !turn.parsed)
        return {};
    const double delta = turn.predictedConfidence() - *annotated;
    return (delta >= 0 ? u"+"_s : QString()) + QString::number(delta, 'f', 2);
}

QList<ReplayComparison> ReplayText::comparison(const ReplayTurn &turn)
{
    QList<ReplayComparison> rows{
        {tr("intent"), scored(turn.expectedIntent(), turn.expectedConfidence()),
         turn.parsed ? scored(turn.predictedIntent(), turn.predictedConfidence())
                     : tr("(not parsed)"),
         !turn.intentAgrees()},
        {tr("entities"), entities(turn.expectedEntities()),
         turn.parsed ? entities(turn.predictedEntities()) : tr("(not parsed)"),
         !turn.entitiesAgree()}};
    for (int i = 0; i < turn.actions.size(); ++i) {
        const ReplayAction &action = turn.actions.at(i);
        rows.append(
            {tr("action %1").arg(i + 1), action.expected,
             action.replayed ? scored(action.predicted, action.confidence) : tr("(not replayed)"),
             !action.replayed || !action.agrees()});
    }
    return rows;
}

QString ReplayText::differenceLine(const ReplayComparison &row)
{
    return tr("%1: annotated %2, predicted %3").arg(row.label, row.annotated, row.predicted);
}

QStringList ReplayText::differences(const ReplayTurn &turn)
{
    QStringList lines;
    for (const ReplayComparison &row : comparison(turn)) {
        if (row.differs)
            lines.append(differenceLine(row));
    }
    return lines;
}

QStringList ReplayText::warnings(const ReplayTurn &turn)
{
    QStringList lines;
    for (int i = 0; i < turn.actions.size(); ++i) {
        if (turn.actions.at(i).unlikelyIntentFirst) {
            lines.append(tr("action %1: the model predicted action_unlikely_intent before %2")
                             .arg(i + 1)
                             .arg(turn.actions.at(i).predicted));
        }
    }
    return lines;
}

QString ReplayText::turnTitle(const QString &file, const ReplayPart &part, const ReplayTurn &turn)
{
    return tr("%1: conversation %2, part %3, turn %4 (\"%5\")")
        .arg(file, part.conversationId)
        .arg(part.part)
        .arg(turn.index)
        .arg(turn.text());
}

QString ReplayText::summary(const ReplaySummary &summary)
{
    return tr("sessions: %1, conversation parts: %2, turns: %3, differing: %4")
        .arg(summary.sessions)
        .arg(summary.conversations)
        .arg(summary.turns)
        .arg(summary.differing);
}

} // namespace Coach
