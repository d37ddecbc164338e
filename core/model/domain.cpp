#include "domain.h"

#include "jsonutil.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QVersionNumber>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct DomainMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::Domain)
};

//! A list item that is either "name" or {"name": {properties}}.
bool readNamedItem(const QJsonValue &item, QString *name, QJsonObject *properties)
{
    if (item.isString()) {
        *name = item.toString();
        *properties = {};
        return !name->isEmpty();
    }
    if (!item.isObject())
        return false;
    const QJsonObject object = item.toObject();
    if (object.size() != 1)
        return false;
    *name = object.begin().key();
    *properties = object.begin().value().toObject();
    return !name->isEmpty();
}

QString shortSlotType(const QString &type)
{
    static const QList<QPair<QLatin1StringView, QLatin1StringView>> classes{
        {"TextSlot"_L1, "text"_L1},
        {"BooleanSlot"_L1, "bool"_L1},
        {"CategoricalSlot"_L1, "categorical"_L1},
        {"FloatSlot"_L1, "float"_L1},
        {"ListSlot"_L1, "list"_L1},
        {"AnySlot"_L1, "any"_L1},
        {"UnfeaturizedSlot"_L1, "unfeaturized"_L1},
    };
    if (type.startsWith("rasa.shared.core.slots."_L1) || type.startsWith("rasa.core.slots."_L1)) {
        const QString className = type.section(QLatin1Char('.'), -1);
        for (const auto &[cls, shortName] : classes) {
            if (className == cls)
                return shortName;
        }
    }
    return type;
}

QJsonArray responseVariations(const QJsonValue &value)
{
    QJsonArray variations;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue item : array) {
            if (item.isObject()) {
                variations.append(item);
            } else if (item.isString()) {
                QJsonObject text;
                text.insert("text"_L1, item);
                variations.append(text);
            }
        }
    } else if (value.isObject()) {
        // Rasa 2.x interactive stored new responses as {"<text>": ""}.
        const QJsonObject legacy = value.toObject();
        for (auto it = legacy.begin(); it != legacy.end(); ++it) {
            QJsonObject text;
            text.insert("text"_L1, it.key());
            variations.append(text);
        }
    }
    return variations;
}

} // namespace

Result<Domain> Domain::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return makeError(
            DomainMessages::tr("a domain must be a mapping of keys such as intents and responses"));
    Domain domain;
    domain.m_json = value.toObject();
    const QJsonObject &json = domain.m_json;
    for (const Status &status :
         {domain.readIntents(json.value("intents"_L1)),
          domain.readEntities(json.value("entities"_L1)), domain.readSlots(json.value("slots"_L1)),
          domain.readResponses(json), domain.readActions(json.value("actions"_L1))}) {
        if (!status)
            return status.error();
    }
    const QJsonValue forms = json.value("forms"_L1);
    if (!forms.isUndefined() && !forms.isNull() && !forms.isObject() && !forms.isArray())
        return makeError(DomainMessages::tr("\"forms\" must be a mapping of form names"));
    domain.readSessionConfig(json.value("session_config"_L1));
    return domain;
}

Result<Domain> Domain::fromYaml(const QByteArray &text, const QString &fileName)
{
    Result<QJsonValue> yaml = parseYaml(text, fileName);
    if (!yaml)
        return yaml.error();
    if (yaml->isNull())
        return Domain(); // an empty file is an empty domain
    Result<Domain> domain = fromJson(*yaml);
    if (!domain)
        return makeError(domain.error().message, fileName);
    return domain;
}

Result<Domain> Domain::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.errorString(), path);
    const QByteArray text = file.readAll();
    if (path.endsWith(".json"_L1, Qt::CaseInsensitive)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            return makeError(DomainMessages::tr("invalid JSON at offset %1: %2")
                                 .arg(error.offset)
                                 .arg(error.errorString()),
                             path);
        Result<Domain> domain = fromJson(document.isObject() ? QJsonValue(document.object())
                                                             : QJsonValue(document.array()));
        if (!domain)
            return makeError(domain.error().message, path);
        return domain;
    }
    return fromYaml(text, path);
}

Status Domain::readIntents(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        return makeError(DomainMessages::tr("\"intents\" must be a list"));
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array) {
        IntentDefinition intent;
        if (!readNamedItem(item, &intent.name, &intent.properties))
            return makeError(
                DomainMessages::tr("every intent must be a name or a mapping with one name"));
        const QJsonValue use = intent.properties.value("use_entities"_L1);
        if (use.isArray()) {
            intent.useAllEntities = false;
            intent.usedEntities = Json::stringList(use);
        } else if (use.isBool()) {
            intent.useAllEntities = use.toBool();
        }
        intent.ignoredEntities = Json::stringList(intent.properties.value("ignore_entities"_L1));
        intent.isRetrievalIntent = Json::boolean(intent.properties, "is_retrieval_intent"_L1);
        m_intents.append(intent);
    }
    return {};
}

Status Domain::readEntities(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        return makeError(DomainMessages::tr("\"entities\" must be a list"));
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array) {
        EntityDefinition entity;
        if (!readNamedItem(item, &entity.name, &entity.properties))
            return makeError(
                DomainMessages::tr("every entity must be a name or a mapping with one name"));
        entity.roles = Json::stringList(entity.properties.value("roles"_L1));
        entity.groups = Json::stringList(entity.properties.value("groups"_L1));
        m_entities.append(entity);
    }
    return {};
}

Status Domain::readSlots(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        return makeError(DomainMessages::tr("\"slots\" must be a mapping of slot names"));
    const QJsonObject slotObject = value.toObject();
    for (auto it = slotObject.begin(); it != slotObject.end(); ++it) {
        SlotDefinition slot;
        slot.name = it.key();
        slot.properties = it.value().toObject();
        slot.typeAsWritten = Json::string(slot.properties, "type"_L1);
        slot.type = shortSlotType(slot.typeAsWritten);
        slot.initialValue = slot.properties.value("initial_value"_L1);
        if (slot.initialValue.isUndefined())
            slot.initialValue = QJsonValue();
        slot.values = Json::stringList(slot.properties.value("values"_L1));
        slot.minValue = Json::number(slot.properties, "min_value"_L1);
        slot.maxValue = Json::number(slot.properties, "max_value"_L1);
        slot.influenceConversation =
            Json::boolean(slot.properties, "influence_conversation"_L1, true);
        slot.autoFill = Json::boolean(slot.properties, "auto_fill"_L1, true);
        slot.mappings = Json::array(slot.properties, "mappings"_L1);
        m_slots.append(slot);
    }
    return {};
}

Status Domain::readResponses(const QJsonObject &json)
{
    QJsonValue value = json.value("responses"_L1);
    if (value.isUndefined())
        value = json.value("templates"_L1); // very old 2.0 alias
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        return makeError(DomainMessages::tr("\"responses\" must be a mapping of response names"));
    const QJsonObject responses = value.toObject();
    for (auto it = responses.begin(); it != responses.end(); ++it)
        m_responses.append({it.key(), responseVariations(it.value())});
    return {};
}

Status Domain::readActions(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        return makeError(DomainMessages::tr("\"actions\" must be a list"));
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array) {
        QString name;
        QJsonObject properties;
        if (!readNamedItem(item, &name, &properties))
            return makeError(
                DomainMessages::tr("every action must be a name or a mapping with one name"));
        if (!m_actionNames.contains(name))
            m_actionNames.append(name);
    }
    return {};
}

void Domain::readSessionConfig(const QJsonValue &value)
{
    const QJsonObject config = value.toObject();
    m_sessionConfig.sessionExpirationTime =
        Json::number(config, "session_expiration_time"_L1).value_or(60);
    m_sessionConfig.carryOverSlotsToNewSession =
        Json::boolean(config, "carry_over_slots_to_new_session"_L1, true);
}

QString Domain::formatVersion() const
{
    const QJsonValue version = m_json.value("version"_L1);
    if (version.isString())
        return version.toString();
    if (version.isDouble())
        return Json::pythonFloat(version.toDouble());
    return QString();
}

int Domain::formatMajorVersion() const
{
    return QVersionNumber::fromString(formatVersion()).majorVersion();
}

QStringList Domain::intentNames() const
{
    QStringList names;
    names.reserve(m_intents.size());
    for (const IntentDefinition &intent : m_intents)
        names.append(intent.name);
    return names;
}

bool Domain::hasIntent(const QString &name) const
{
    return std::any_of(m_intents.cbegin(), m_intents.cend(),
                       [&name](const IntentDefinition &intent) { return intent.name == name; });
}

QStringList Domain::entityNames() const
{
    QStringList names;
    for (const EntityDefinition &entity : m_entities)
        names.append(entity.name);
    return names;
}

const EntityDefinition *Domain::entity(const QString &name) const
{
    for (const EntityDefinition &entity : m_entities) {
        if (entity.name == name)
            return &entity;
    }
    return nullptr;
}

const SlotDefinition *Domain::slot(const QString &name) const
{
    for (const SlotDefinition &slot : m_slots) {
        if (slot.name == name)
            return &slot;
    }
    return nullptr;
}

const ResponseDefinition *Domain::response(const QString &name) const
{
    for (const ResponseDefinition &response : m_responses) {
        if (response.name == name)
            return &response;
    }
    return nullptr;
}

QJsonObject Domain::forms() const
{
    const QJsonValue forms = m_json.value("forms"_L1);
    if (forms.isObject())
        return forms.toObject();
    QJsonObject byName; // 1.x listed form names only
    for (const QString &name : Json::stringList(forms))
        byName.insert(name, QJsonObject());
    return byName;
}

QStringList Domain::formNames() const
{
    return forms().keys();
}

bool Domain::isForm(const QString &name) const
{
    return forms().contains(name);
}

QStringList Domain::defaultActionNames(int rasaMajorVersion)
{
    QStringList names{
        u"action_listen"_s,
        u"action_restart"_s,
        u"action_session_start"_s,
        u"action_default_fallback"_s,
        u"action_deactivate_loop"_s,
        u"action_revert_fallback_events"_s,
        u"action_default_ask_affirmation"_s,
        u"action_default_ask_rephrase"_s,
        u"action_two_stage_fallback"_s,
        u"action_unlikely_intent"_s,
        u"action_back"_s,
    };
    if (rasaMajorVersion >= 3)
        names.append(u"action_extract_slots"_s);
    return names;
}

QStringList Domain::defaultIntentNames()
{
    return {u"restart"_s, u"back"_s, u"out_of_scope"_s, u"session_start"_s, u"nlu_fallback"_s};
}

QStringList Domain::allActionNames(int rasaMajorVersion) const
{
    QStringList names = defaultActionNames(rasaMajorVersion);
    names += m_actionNames;
    for (const ResponseDefinition &response : m_responses) {
        if (response.name.startsWith("utter_"_L1))
            names.append(response.name);
    }
    names += formNames();
    names.removeDuplicates();
    std::sort(names.begin(), names.end());
    return names;
}

bool Domain::knowsAction(const QString &name, int rasaMajorVersion) const
{
    return defaultActionNames(rasaMajorVersion).contains(name) || m_actionNames.contains(name)
        || response(name) != nullptr || isForm(name);
}

QList<SlotValue> Domain::initialSlotValues(int rasaMajorVersion) const
{
    QList<SlotValue> values;
    for (const SlotDefinition &slot : m_slots)
        values.append({slot.name, slot.initialValue});
    const auto addDefault = [&values](const QString &name) {
        const bool present = std::any_of(values.cbegin(), values.cend(),
                                         [&name](const SlotValue &v) { return v.name == name; });
        if (!present)
            values.append({name, QJsonValue()});
    };
    if (!formNames().isEmpty() || rasaMajorVersion >= 3)
        addDefault(u"requested_slot"_s);
    if (rasaMajorVersion >= 3)
        addDefault(u"session_started_metadata"_s);
    return values;
}

} // namespace Coach
