#include "historyrow.h"

#include "model/annotation.h"
#include "model/jsonutil.h"
#include "model/tracker.h"

using namespace Qt::StringLiterals;

namespace Coach::History {

namespace {

constexpr auto kIndexKey = "__coach_event_index"_L1;

//! Rasa 3.x shows a key when present and not null; 2.x only when truthy.
bool shows(const QJsonValue &value, int rasaMajorVersion)
{
    if (value.isUndefined() || value.isNull())
        return false;
    return rasaMajorVersion >= 3 || Json::pythonTruthy(value);
}

QString titledItems(const QJsonArray &items)
{
    QString text;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        const QString title = Json::displayText(item.take("title"_L1));
        text += u'\n' + QString::number(i + 1) + u": "_s + title + u" - "_s
            + Json::pythonDumps(item, true, true);
    }
    return text;
}

QString buttonLines(const QList<BotButton> &buttons)
{
    QString text;
    for (qsizetype i = 0; i < buttons.size(); ++i)
        text += u'\n' + buttons.at(i).label(static_cast<int>(i + 1));
    return text + u"\nType out your own message..."_s;
}

HistoryRow userRow(const Event &event)
{
    HistoryRow row;
    row.kind = HistoryRow::Kind::User;
    const ParseData parseData = event.parseData();
    row.text = Annotation::render(parseData.text().isNull() ? event.text() : parseData.text(),
                                  parseData.entities());
    row.intent = parseData.fullIntentName();
    row.confidence = parseData.intentConfidence().value_or(1.0);
    return row;
}

HistoryRow actionRow(const Event &event)
{
    HistoryRow row;
    row.kind = HistoryRow::Kind::Action;
    row.text = event.actionNameOrText();
    row.confidence = event.confidence();
    row.policy = event.policy();
    return row;
}

std::optional<HistoryRow> rowFor(const Event &event, int rasaMajorVersion)
{
    switch (event.type()) {
    case EventType::User:
        return userRow(event);
    case EventType::Action:
        // Rasa hides action_unlikely_intent rows that did not fire.
        if (event.isAction(u"action_unlikely_intent"_s) && event.confidence() == 0.0)
            return std::nullopt;
        return actionRow(event);
    case EventType::Bot: {
        HistoryRow row;
        row.kind = HistoryRow::Kind::Bot;
        row.text = formatBotOutput(event, rasaMajorVersion);
        row.buttons = buttons(event);
        return row;
    }
    default:
        break;
    }
    const QString text = storyString(event);
    if (text.isEmpty())
        return std::nullopt;
    HistoryRow row;
    row.kind = event.type() == EventType::Slot  ? HistoryRow::Kind::Slot
        : event.type() == EventType::ActiveLoop ? HistoryRow::Kind::ActiveLoop
                                                : HistoryRow::Kind::Other;
    row.text = text;
    return row;
}

QString withFields(const QString &name, const Event &event)
{
    QJsonObject fields = event.toJson();
    for (const auto key : {"event"_L1, "timestamp"_L1, "metadata"_L1})
        fields.remove(key);
    return fields.isEmpty() ? name : name + Json::pythonDumps(fields, false);
}

} // namespace

QList<int> appliedIndexes(const EventList &events)
{
    // EventRules::applied() is Rasa's verified logic; run it on copies that
    // carry their position instead of re-implementing it with indexes.
    EventList tagged;
    tagged.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject json = events.at(i).toJson();
        json.insert(kIndexKey, static_cast<double>(i));
        tagged.append(Event::fromJson(json).valueOr(Event()));
    }
    QList<int> indexes;
    for (const Event &event : EventRules::applied(tagged))
        indexes.append(event.toJson().value(kIndexKey).toInt(-1));
    return indexes;
}

QList<HistoryRow> rows(const EventList &events, int rasaMajorVersion)
{
    QList<HistoryRow> result;
    for (int index : appliedIndexes(events)) {
        const Event &event = events.at(index);
        std::optional<HistoryRow> row = rowFor(event, rasaMajorVersion);
        if (!row)
            continue;
        row->eventIndex = index;
        row->event = event;
        result.append(*row);
    }
    return result;
}

QList<BotButton> buttons(const Event &bot)
{
    QList<BotButton> result;
    const QJsonArray array = Json::array(bot.botData(), "buttons"_L1);
    for (const QJsonValue item : array) {
        QJsonObject extra = item.toObject();
        BotButton button;
        button.title = Json::displayText(extra.take("title"_L1));
        const QJsonValue payload = extra.take("payload"_L1);
        button.payload =
            payload.isUndefined() || payload.isNull() ? QString() : Json::displayText(payload);
        button.extra = extra;
        result.append(button);
    }
    return result;
}

QString formatBotOutput(const Event &bot, int rasaMajorVersion)
{
    QString text = bot.text();
    const QJsonObject data = bot.botData();
    if (shows(data.value("image"_L1), rasaMajorVersion))
        text += u"\nImage: "_s + Json::displayText(data.value("image"_L1));
    if (shows(data.value("attachment"_L1), rasaMajorVersion))
        text += u"\nAttachment: "_s + Json::displayText(data.value("attachment"_L1));
    if (shows(data.value("buttons"_L1), rasaMajorVersion))
        text += u"\nButtons:"_s + buttonLines(buttons(bot));
    if (shows(data.value("elements"_L1), rasaMajorVersion))
        text += u"\nElements:"_s + titledItems(data.value("elements"_L1).toArray());
    if (shows(data.value("quick_replies"_L1), rasaMajorVersion))
        text += u"\nQuick replies:"_s + titledItems(data.value("quick_replies"_L1).toArray());
    return text;
}

QString storyString(const Event &event)
{
    switch (event.type()) {
    case EventType::Slot:
        return u"slot"_s + Json::pythonDumps(QJsonObject{{event.name(), event.slotValue()}}, false);
    case EventType::ActiveLoop: {
        const QJsonValue name = event.loopName().isEmpty() ? QJsonValue() : event.loopName();
        return u"active_loop"_s + Json::pythonDumps(QJsonObject{{u"name"_s, name}}, false);
    }
    case EventType::Followup:
        return u"followup"_s + Json::pythonDumps(QJsonObject{{u"name"_s, event.name()}}, false);
    case EventType::Restart:
    case EventType::ResetSlots:
    case EventType::Resume:
    case EventType::Export:
    case EventType::Pause: // 3.x prints ConversationPaused() (§9 #14); the name is clearer
        return event.typeName();
    case EventType::Reminder:
    case EventType::CancelReminder:
    case EventType::Unknown:
        return withFields(event.typeName(), event);
    default:
        return QString();
    }
}

} // namespace Coach::History
