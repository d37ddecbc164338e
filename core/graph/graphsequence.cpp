#include "graphsequence.h"

using namespace Qt::StringLiterals;

namespace Coach::GraphSequences {

QString intentFromText(const QString &text)
{
    int start = text.startsWith(u'/') ? 1 : 0;
    int end = start;
    while (end < text.size() && text.at(end) != u'{' && text.at(end) != u'@')
        ++end;
    if (end == start)
        return {};
    return text.mid(start, end - start).trimmed();
}

namespace {

GraphStep userStep(const Event &event, GraphStrings &strings)
{
    GraphStep step;
    step.type = GraphStep::Type::User;
    const QJsonValue textValue = event.toJson().value("text"_L1);
    const QString text = textValue.isString() ? textValue.toString() : QString();
    step.text = strings.intern(text);
    const QJsonObject parseData = event.toJson().value("parse_data"_L1).toObject();
    const QJsonObject intent = parseData.value("intent"_L1).toObject();
    if (!intent.isEmpty()) {
        const QJsonValue name = intent.value("name"_L1);
        step.name = name.isString() ? strings.intern(name.toString()) : GraphStrings::Null;
    } else if (!text.isNull()) {
        step.name = strings.intern(intentFromText(text));
    }
    return step;
}

GraphStep actionStep(const Event &event, GraphStrings &strings)
{
    GraphStep step;
    step.type = GraphStep::Type::Action;
    const QString name = event.name();
    step.name = strings.intern(name.isNull() ? u""_s : name);
    const QString text = event.actionText();
    if (!text.isEmpty())
        step.text = strings.intern(text);
    return step;
}

} // namespace

GraphStep stepFromEvent(const Event &event, int index, GraphStrings &strings)
{
    GraphStep step;
    if (event.type() == EventType::User)
        step = userStep(event, strings);
    else if (event.type() == EventType::Action)
        step = actionStep(event, strings);
    step.event = index;
    return step;
}

QList<GraphSequence> conversationParts(const EventList &events, int conversation,
                                       GraphStrings &strings, bool hideSessionStart)
{
    QList<GraphSequence> parts;
    GraphSequence current;
    current.kind = SequenceKind::Conversation;
    current.source = conversation;
    const auto flush = [&] {
        if (!current.steps.isEmpty()) {
            parts.append(current);
            current.part = int(parts.size());
        }
        current.steps.clear();
    };
    for (int i = 0; i < events.size(); ++i) {
        const Event &event = events.at(i);
        if (event.type() == EventType::Restart) {
            flush();
            continue;
        }
        if (hideSessionStart && event.isAction(u"action_session_start"_s))
            continue;
        current.steps.append(stepFromEvent(event, i, strings));
    }
    flush();
    return parts;
}

int commonActionPrefix(const GraphSequence &current, const GraphSequence &other)
{
    int common = 0;
    int j = 0;
    const auto &theirs = other.steps;
    for (const GraphStep &mine : current.steps) {
        if (mine.type == GraphStep::Type::Other)
            continue;
        while (j < theirs.size() && theirs.at(j).type == GraphStep::Type::Other)
            ++j;
        if (j == theirs.size())
            break;
        const GraphStep &their = theirs.at(j++);
        if (mine.type != their.type)
            break;
        if (mine.type == GraphStep::Type::Action) {
            if (mine.name != their.name)
                break;
            ++common;
        }
    }
    return common;
}

} // namespace Coach::GraphSequences
