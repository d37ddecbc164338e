#include "statedomain.h"

#include "model/jsonutil.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

const QString OtherValue = u"__other__"_s;

//! Python's str() of a JSON value, as Rasa compares categorical values.
QString pythonStr(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"True"_s : u"False"_s;
    if (value.isNull() || value.isUndefined())
        return u"None"_s;
    if (value.isDouble()) {
        const double number = value.toDouble();
        // JSON has no int/float distinction: whole numbers read as ints.
        if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e16)
            return QString::number(qint64(number));
        return Json::pythonFloat(number);
    }
    return Json::pythonDumps(value, false);
}

//! Python's float() of a value; nullopt where it raises.
std::optional<double> pythonFloat(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? 1.0 : 0.0;
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

//! Rasa's bool_from_any(); nullopt where it raises.
std::optional<bool> pythonBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() == 1.0;
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    const bool numeric = !text.isEmpty()
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    if (numeric)
        return text.toDouble() == 1.0;
    const QString word = text.trimmed().toLower();
    if (word == "true"_L1)
        return true;
    if (word == "false"_L1)
        return false;
    return std::nullopt;
}

QString floatFeature(double value)
{
    return QString::number(value, 'g', 17);
}

} // namespace

StateDomain::StateDomain(const Domain &domain, int rasaMajorVersion)
{
    m_major = rasaMajorVersion > 0 ? rasaMajorVersion : (domain.formatMajorVersion() == 2 ? 2 : 3);
    const QJsonObject config = Json::object(domain.toJson(), "config"_L1);
    m_storeEntitiesAsSlots = Json::boolean(config, "store_entities_as_slots"_L1, true);
    readEntities(domain);
    for (const IntentDefinition &intent : domain.intents())
        readIntent(intent);
    for (const QString &name : Domain::defaultIntentNames()) {
        if (!m_intents.contains(name))
            readIntent(IntentDefinition{name, true, {}, {}, false, {}});
    }
    for (const SlotDefinition &slot : domain.slotDefinitions())
        readSlot(slot);
    // Rasa adds requested_slot for forms (not influencing the conversation).
    if (!domain.formNames().isEmpty() && !m_slotIndex.contains(u"requested_slot"_s))
        readSlot(SlotDefinition{
            u"requested_slot"_s, u"any"_s, {}, {}, {}, {}, {}, false, false, {}, {}});
}

void StateDomain::readEntities(const Domain &domain)
{
    for (const EntityDefinition &entity : domain.entities()) {
        m_entities.append(entity.name);
        QStringList &labels = m_subLabels[entity.name];
        for (const QString &role : entity.roles)
            labels.append(entity.name + u'#' + role);
        for (const QString &group : entity.groups)
            labels.append(entity.name + u'#' + group);
        // Only Rasa 3.x knows influence_conversation for entities.
        if (m_major >= 3 && !Json::boolean(entity.properties, "influence_conversation"_L1, true))
            m_defaultIgnored.insert(entity.name);
    }
}

QSet<QString> StateDomain::labelsOf(const QStringList &entities, bool withAllSubLabels) const
{
    QSet<QString> labels(entities.cbegin(), entities.cend());
    for (auto it = m_subLabels.cbegin(); it != m_subLabels.cend(); ++it) {
        if (withAllSubLabels || entities.contains(it.key()))
            labels.unite(QSet<QString>(it.value().cbegin(), it.value().cend()));
    }
    return labels;
}

void StateDomain::readIntent(const IntentDefinition &intent)
{
    // Rasa's _transform_intent_properties_for_internal_use: use_entities
    // true → every entity (less those not influencing) with every role and
    // group label; a list → those entities and their labels; then less
    // ignore_entities (default: the entities not influencing).
    const QJsonValue use = intent.properties.value("use_entities"_L1);
    const QJsonValue ignore = intent.properties.value("ignore_entities"_L1);
    const QStringList ignored = ignore.isUndefined()
        ? QStringList(m_defaultIgnored.cbegin(), m_defaultIgnored.cend())
        : Json::stringList(ignore);
    QSet<QString> used;
    if (use.isUndefined() || (use.isBool() && use.toBool())) {
        QStringList entities = m_entities;
        entities.removeIf([this](const QString &name) { return m_defaultIgnored.contains(name); });
        used = labelsOf(entities, true);
    } else if (use.isArray()) {
        used = labelsOf(Json::stringList(use), false);
    }
    used.subtract(labelsOf(ignored, false));
    m_intents.insert(intent.name, used);
}

void StateDomain::readSlot(const SlotDefinition &definition)
{
    Slot slot;
    slot.name = definition.name;
    slot.initial = definition.initialValue;
    slot.isList = definition.type == "list"_L1;
    slot.autoFill = definition.autoFill;
    static const QHash<QString, SlotKind> kinds{
        {u"text"_s, SlotKind::Text},   {u"bool"_s, SlotKind::Bool},
        {u"float"_s, SlotKind::Float}, {u"categorical"_s, SlotKind::Categorical},
        {u"list"_s, SlotKind::List},
    };
    // `any` and unfeaturized slots never influence; unknown (custom) slot
    // classes cannot be featurized here and are left out too.
    if (definition.influenceConversation)
        slot.kind = kinds.value(definition.type, SlotKind::Ignored);
    slot.minValue = definition.minValue.value_or(0.0);
    slot.maxValue = definition.maxValue.value_or(1.0);
    for (const QJsonValue value : definition.properties.value("values"_L1).toArray()) {
        if (!value.isNull())
            slot.values.append(pythonStr(value).toLower());
    }
    if (!slot.values.contains(OtherValue))
        slot.values.append(OtherValue);
    for (const QJsonValue mapping : definition.mappings) {
        const QJsonObject object = mapping.toObject();
        const QJsonArray conditions = object.value("conditions"_L1).toArray();
        const bool inLoopOnly = !conditions.isEmpty()
            && !conditions.first().toObject().value("active_loop"_L1).isNull()
            && !conditions.first().toObject().value("active_loop"_L1).isUndefined();
        if (Json::string(object, "type"_L1) != "from_entity"_L1 || inLoopOnly)
            continue;
        slot.fillMappings.append(Entity::onSpan(Json::string(object, "entity"_L1), {}, 0, 0,
                                                Json::string(object, "role"_L1),
                                                Json::string(object, "group"_L1)));
    }
    m_slotIndex.insert(slot.name, int(m_slots.size()));
    m_slots.append(slot);
}

QStringList StateDomain::featurizedEntities(const QString &intent,
                                            const QList<Entity> &entities) const
{
    QSet<QString> labels;
    for (const Entity &entity : entities) {
        labels.insert(entity.type());
        if (!entity.role().isEmpty())
            labels.insert(entity.type() + u'#' + entity.role());
        if (!entity.group().isEmpty())
            labels.insert(entity.type() + u'#' + entity.group());
    }
    const auto known = m_intents.constFind(intent);
    if (known != m_intents.cend() && known.value())
        labels.intersect(*known.value());
    QStringList sorted(labels.cbegin(), labels.cend());
    sorted.sort();
    return sorted;
}

QString StateDomain::slotFeature(int index, const QJsonValue &value) const
{
    const Slot &slot = m_slots.at(index);
    const bool unset = value.isNull() || value.isUndefined();
    switch (slot.kind) {
    case SlotKind::Ignored:
        return {};
    case SlotKind::Text:
        return unset ? QString() : u"set"_s;
    case SlotKind::Bool: {
        const std::optional<bool> flag = unset ? std::nullopt : pythonBool(value);
        return flag ? (*flag ? u"true"_s : u"false"_s) : QString();
    }
    case SlotKind::Float: {
        const std::optional<double> number = pythonFloat(value);
        if (!number)
            return {};
        // As Rasa: max(min, min(max, value)), in that order (NaN included).
        const double capped = std::max(slot.minValue, std::min(slot.maxValue, *number));
        const double range = std::abs(slot.maxValue - slot.minValue) > 0
            ? std::abs(slot.maxValue - slot.minValue)
            : 1.0;
        return floatFeature((capped - slot.minValue) / range);
    }
    case SlotKind::List: {
        // ListSlot keeps a truthy non-list as a one-item list.
        const bool filled =
            value.isArray() ? !value.toArray().isEmpty() : Json::pythonTruthy(value);
        return filled ? u"not empty"_s : QString();
    }
    case SlotKind::Categorical: {
        if (unset)
            return {};
        const qsizetype position = slot.values.indexOf(pythonStr(value).toLower());
        return position >= 0 ? slot.values.at(position) : OtherValue;
    }
    }
    return {};
}

QList<StateDomain::SlotFill> StateDomain::slotsForEntities(const QList<Entity> &entities) const
{
    QList<SlotFill> fills;
    if (!m_storeEntitiesAsSlots || entities.isEmpty())
        return fills;
    for (int index = 0; index < m_slots.size(); ++index) {
        const Slot &slot = m_slots.at(index);
        QJsonArray values;
        for (const Entity &entity : entities) {
            const bool matches = m_major >= 3
                ? std::any_of(slot.fillMappings.cbegin(), slot.fillMappings.cend(),
                              [&entity](const Entity &mapping) {
                                  return mapping.type() == entity.type()
                                      && mapping.role() == entity.role()
                                      && mapping.group() == entity.group();
                              })
                : slot.autoFill && entity.type() == slot.name;
            if (matches)
                values.append(entity.value());
        }
        if (!values.isEmpty())
            fills.append({index, slot.isList ? QJsonValue(values) : values.last()});
    }
    return fills;
}

} // namespace Coach
