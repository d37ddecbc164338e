#include "responserenderer.h"

#include "model/jsonutil.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa::ResponseRenderer {

namespace {

const QStringList kDataKeys{u"elements"_s,   u"quick_replies"_s, u"buttons"_s,
                            u"attachment"_s, u"image"_s,         u"custom"_s};

//! Python's str() of a slot value, as Rasa's interpolation prints it.
QString pythonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return u"None"_s;
    if (value.isBool())
        return value.toBool() ? u"True"_s : u"False"_s;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return Json::pythonFloat(number);
    }
    return Json::pythonDumps(value, false);
}

bool conditionHolds(const QJsonArray &conditions, const Tracker &tracker)
{
    for (const QJsonValue &item : conditions) {
        const QJsonObject condition = item.toObject();
        if (Json::string(condition, "type"_L1) != "slot"_L1)
            continue;
        if (tracker.slot(Json::string(condition, "name"_L1)) != condition.value("value"_L1))
            return false;
    }
    return true;
}

QJsonValue filled(const QJsonValue &value, const QList<SlotValue> &slotList)
{
    if (value.isString())
        return interpolate(value.toString(), slotList);
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(filled(item, slotList));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = filled(it.value(), slotList);
        return object;
    }
    return value;
}

QJsonObject message(const QString &recipientId, const char *key, const QJsonValue &value)
{
    QJsonObject json;
    json.insert("recipient_id"_L1, recipientId);
    json.insert(QLatin1StringView(key), value);
    return json;
}

} // namespace

QString interpolate(const QString &text, const QList<SlotValue> &slotList)
{
    static const QRegularExpression placeholder(u"\\{([^\\n{}]+?)\\}"_s);
    QString result;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        const auto slot = std::find_if(slotList.cbegin(), slotList.cend(),
                                       [&name](const SlotValue &s) { return s.name == name; });
        if (slot == slotList.cend())
            return text;
        result += text.mid(last, match.capturedStart() - last) + pythonText(slot->value);
        last = match.capturedEnd();
    }
    return result + text.mid(last);
}

std::optional<QJsonObject> pickVariation(const Domain &domain, const QString &response,
                                         const Tracker &tracker)
{
    const ResponseDefinition *definition = domain.response(response);
    if (definition == nullptr)
        return std::nullopt;
    std::optional<QJsonObject> unconditional;
    std::optional<QJsonObject> conditional;
    for (const QJsonValue &item : definition->variations) {
        const QJsonObject variation = item.toObject();
        const QString channel = Json::string(variation, "channel"_L1);
        if (!channel.isEmpty() && channel != "collector"_L1)
            continue;
        const QJsonArray conditions = Json::array(variation, "condition"_L1);
        if (conditions.isEmpty() && !unconditional)
            unconditional = variation;
        else if (!conditions.isEmpty() && !conditional && conditionHolds(conditions, tracker))
            conditional = variation;
    }
    const std::optional<QJsonObject> chosen = conditional ? conditional : unconditional;
    if (!chosen)
        return std::nullopt;
    return filled(*chosen, tracker.slotValues()).toObject();
}

Event botEvent(const QJsonObject &variation, const QString &response, bool utterAction)
{
    QJsonObject data;
    QJsonObject metadata;
    for (const QString &key : kDataKeys)
        data.insert(key, variation.contains(key) ? variation.value(key) : QJsonValue());
    for (auto it = variation.begin(); it != variation.end(); ++it) {
        if (it.key() != "text"_L1 && it.key() != "condition"_L1 && it.key() != "channel"_L1
            && !kDataKeys.contains(it.key())) {
            metadata.insert(it.key(), it.value());
        }
    }
    if (utterAction)
        metadata.insert("utter_action"_L1, response);
    const QJsonValue text = variation.value("text"_L1);
    Event bot = Event::bot(text.isString() ? text.toString() : QString(), data);
    QJsonObject json = bot.toJson();
    json.insert("metadata"_L1, metadata);
    return Event::fromJson(json).value();
}

QJsonArray channelMessages(const Event &bot, const QString &recipientId)
{
    QJsonArray messages;
    const QJsonObject data = bot.botData();
    const QString text = bot.text();
    const QJsonValue buttons = data.value("quick_replies"_L1).toArray().isEmpty()
        ? data.value("buttons"_L1)
        : data.value("quick_replies"_L1);
    if (!buttons.toArray().isEmpty()) {
        QJsonObject json = message(recipientId, "text", text);
        json.insert("buttons"_L1, buttons);
        messages.append(json);
    } else if (!text.isEmpty()) {
        const QStringList parts = text.trimmed().split(u"\n\n"_s);
        for (const QString &part : parts)
            messages.append(message(recipientId, "text", part));
    }
    for (const char *key : {"custom", "image", "attachment"}) {
        const QJsonValue value = data.value(QLatin1StringView(key));
        const bool truthy = !(value.isNull() || value.isUndefined()
                              || (value.isString() && value.toString().isEmpty())
                              || (value.isObject() && value.toObject().isEmpty()));
        if (truthy)
            messages.append(message(recipientId, key, value));
    }
    return messages;
}

} // namespace Coach::FakeRasa::ResponseRenderer
