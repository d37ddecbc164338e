#include "domaindump.h"

#include "model/jsonutil.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa::DomainDump {

namespace {

QString slotClassPath(const QString &type)
{
    static const QList<QPair<QString, QString>> classes{
        {u"text"_s, u"TextSlot"_s},
        {u"bool"_s, u"BooleanSlot"_s},
        {u"categorical"_s, u"CategoricalSlot"_s},
        {u"float"_s, u"FloatSlot"_s},
        {u"list"_s, u"ListSlot"_s},
        {u"any"_s, u"AnySlot"_s},
        {u"unfeaturized"_s, u"UnfeaturizedSlot"_s},
    };
    for (const auto &[shortName, cls] : classes) {
        if (type == shortName)
            return u"rasa.shared.core.slots."_s + cls;
    }
    return type.contains(QLatin1Char('.')) ? type : u"rasa.shared.core.slots.TextSlot"_s;
}

QJsonObject slotInfo(const SlotDefinition &slot)
{
    QJsonObject info;
    info.insert("type"_L1, slotClassPath(slot.type));
    info.insert("initial_value"_L1, slot.initialValue);
    info.insert("auto_fill"_L1, slot.autoFill);
    info.insert("influence_conversation"_L1, slot.influenceConversation);
    if (slot.type == "categorical"_L1) {
        QJsonArray values;
        for (const QString &value : slot.values)
            values.append(value.toLower());
        if (!values.contains(u"__other__"_s))
            values.append(u"__other__"_s);
        info.insert("values"_L1, values);
    } else if (slot.type == "float"_L1) {
        info.insert("max_value"_L1, slot.maxValue.value_or(1.0));
        info.insert("min_value"_L1, slot.minValue.value_or(0.0));
    }
    return info;
}

QJsonArray intents2(const Domain &domain)
{
    const QStringList all = domain.entityNames();
    QList<IntentDefinition> intents = domain.intents();
    std::sort(intents.begin(), intents.end(),
              [](const IntentDefinition &a, const IntentDefinition &b) { return a.name < b.name; });
    QJsonArray result;
    for (const IntentDefinition &intent : intents) {
        QStringList used;
        for (const QString &entity : all) {
            const bool listed = intent.useAllEntities || intent.usedEntities.contains(entity);
            if (listed && !intent.ignoredEntities.contains(entity))
                used.append(entity);
        }
        QStringList ignored = all;
        for (const QString &entity : std::as_const(used))
            ignored.removeAll(entity);
        QJsonObject properties;
        if (ignored.isEmpty())
            properties.insert("use_entities"_L1, true);
        else if (used.size() <= ignored.size())
            properties.insert("use_entities"_L1, QJsonArray::fromStringList(used));
        else
            properties.insert("ignore_entities"_L1, QJsonArray::fromStringList(ignored));
        if (intent.isRetrievalIntent)
            properties.insert("is_retrieval_intent"_L1, true);
        result.append(QJsonObject{{intent.name, properties}});
    }
    return result;
}

QJsonArray entities2(const Domain &domain)
{
    QJsonArray entities;
    for (const EntityDefinition &entity : domain.entities()) {
        if (entity.roles.isEmpty() && entity.groups.isEmpty()) {
            entities.append(entity.name);
            continue;
        }
        QJsonObject properties;
        if (!entity.roles.isEmpty())
            properties.insert("roles"_L1, QJsonArray::fromStringList(entity.roles));
        if (!entity.groups.isEmpty())
            properties.insert("groups"_L1, QJsonArray::fromStringList(entity.groups));
        entities.append(QJsonObject{{entity.name, properties}});
    }
    return entities;
}

QJsonObject sessionConfig(const Domain &domain)
{
    QJsonObject config;
    config.insert("session_expiration_time"_L1, domain.sessionConfig().sessionExpirationTime);
    config.insert("carry_over_slots_to_new_session"_L1,
                  domain.sessionConfig().carryOverSlotsToNewSession);
    return config;
}

QJsonObject normalised(const Bot &bot)
{
    const Domain &domain = bot.domain;
    QJsonObject json;
    const QJsonObject config = Json::object(domain.toJson(), "config"_L1);
    json.insert("config"_L1,
                QJsonObject{{u"store_entities_as_slots"_s,
                             Json::boolean(config, "store_entities_as_slots"_L1, true)}});
    json.insert("session_config"_L1, sessionConfig(domain));
    json.insert("intents"_L1, intents2(domain));
    json.insert("entities"_L1, entities2(domain));
    QJsonObject slotObject;
    for (const SlotDefinition &slot : domain.slotDefinitions())
        slotObject.insert(slot.name, slotInfo(slot));
    if (!domain.formNames().isEmpty() && !slotObject.contains("requested_slot"_L1)) {
        SlotDefinition requested;
        requested.name = u"requested_slot"_s;
        requested.type = u"text"_s;
        requested.influenceConversation = false;
        slotObject.insert(requested.name, slotInfo(requested));
    }
    json.insert("slots"_L1, slotObject);
    QJsonObject responses;
    for (const ResponseDefinition &response : domain.responses())
        responses.insert(response.name, response.variations);
    json.insert("responses"_L1, responses);
    QJsonArray actions;
    for (const QString &action : domain.actionNames()) {
        if (domain.response(action) == nullptr)
            actions.append(action);
    }
    json.insert("actions"_L1, actions);
    json.insert("forms"_L1, domain.forms());
    json.insert("e2e_actions"_L1, QJsonArray::fromStringList(bot.actionTexts));
    return json;
}

bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isArray() && value.toArray().isEmpty())
        || (value.isObject() && value.toObject().isEmpty())
        || (value.isString() && value.toString().isEmpty());
}

QString itemName(const QJsonValue &item)
{
    if (item.isString())
        return item.toString();
    const QJsonObject object = item.toObject();
    return object.isEmpty() ? QString() : object.begin().key();
}

QJsonObject raw(const Bot &bot)
{
    QJsonObject json;
    const QJsonObject source = bot.domain.toJson();
    for (auto it = source.begin(); it != source.end(); ++it) {
        if (!isEmptyValue(it.value()))
            json.insert(it.key(), it.value());
    }
    QJsonArray intents = json.value("intents"_L1).toArray();
    QList<QJsonValue> sorted(intents.cbegin(), intents.cend());
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return itemName(a) < itemName(b);
    });
    intents = QJsonArray();
    for (const QJsonValue &intent : sorted)
        intents.append(intent);
    if (!intents.isEmpty())
        json.insert("intents"_L1, intents);
    if (!json.contains("version"_L1))
        json.insert("version"_L1, u"3.1"_s);
    if (!json.contains("session_config"_L1))
        json.insert("session_config"_L1, sessionConfig(bot.domain));
    if (!bot.actionTexts.isEmpty() && !json.contains("e2e_actions"_L1))
        json.insert("e2e_actions"_L1, QJsonArray::fromStringList(bot.actionTexts));
    return json;
}

//! Strings a YAML reader would take for numbers, booleans or null.
bool needsQuotes(const QString &text)
{
    static const QRegularExpression special(
        u"^([-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|"
        "\\.(nan|NaN|NAN)|true|false|yes|no|on|off|y|n|null|~)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return text.isEmpty() || special.match(text).hasMatch();
}

void emitYaml(YAML::Emitter &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        out << YAML::BeginMap;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            out << YAML::Key << it.key().toStdString() << YAML::Value;
            emitYaml(out, it.value());
        }
        out << YAML::EndMap;
        break;
    }
    case QJsonValue::Array:
        out << YAML::BeginSeq;
        for (const QJsonValue &item : value.toArray())
            emitYaml(out, item);
        out << YAML::EndSeq;
        break;
    case QJsonValue::String:
        if (needsQuotes(value.toString()))
            out << YAML::DoubleQuoted;
        out << value.toString().toStdString();
        break;
    case QJsonValue::Bool:
        out << value.toBool();
        break;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 1e15)
            out << static_cast<long long>(number);
        else
            out << number;
        break;
    }
    default:
        out << YAML::Null;
        break;
    }
}

} // namespace

QJsonObject json(const Bot &bot, const RasaVersion &version)
{
    return version.isV2() ? normalised(bot) : raw(bot);
}

QByteArray yaml(const QJsonObject &json)
{
    YAML::Emitter out;
    out.SetIndent(2);
    emitYaml(out, json);
    QByteArray text(out.c_str(), qsizetype(out.size()));
    if (!text.endsWith('\n'))
        text.append('\n');
    return text;
}

} // namespace Coach::FakeRasa::DomainDump
