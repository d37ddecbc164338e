#include "entity.h"

#include "jsonutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coach {

Entity Entity::onSpan(const QString &type, const QJsonValue &value, int start, int end,
                      const QString &role, const QString &group)
{
    Entity entity;
    entity.m_json.insert("entity"_L1, type);
    entity.m_json.insert("value"_L1, value);
    entity.m_json.insert("start"_L1, start);
    entity.m_json.insert("end"_L1, end);
    entity.setRole(role);
    entity.setGroup(group);
    return entity;
}

QString Entity::type() const
{
    return Json::string(m_json, "entity"_L1);
}

QJsonValue Entity::value() const
{
    return m_json.value("value"_L1);
}

bool Entity::hasValueKey() const
{
    return m_json.contains("value"_L1);
}

QString Entity::valueText() const
{
    return Json::displayText(value());
}

std::optional<int> Entity::start() const
{
    return Json::integer(m_json, "start"_L1);
}

std::optional<int> Entity::end() const
{
    return Json::integer(m_json, "end"_L1);
}

QString Entity::role() const
{
    return Json::string(m_json, "role"_L1);
}

QString Entity::group() const
{
    return Json::string(m_json, "group"_L1);
}

QString Entity::extractor() const
{
    return Json::string(m_json, "extractor"_L1);
}

std::optional<double> Entity::confidence() const
{
    return Json::number(m_json, "confidence_entity"_L1);
}

void Entity::setType(const QString &type)
{
    m_json.insert("entity"_L1, type);
}

void Entity::setValue(const QJsonValue &value)
{
    m_json.insert("value"_L1, value);
}

void Entity::setSpan(int start, int end)
{
    m_json.insert("start"_L1, start);
    m_json.insert("end"_L1, end);
}

void Entity::setRole(const QString &role)
{
    setOrRemove("role"_L1, role);
}

void Entity::setGroup(const QString &group)
{
    setOrRemove("group"_L1, group);
}

void Entity::setOrRemove(QLatin1StringView key, const QString &text)
{
    if (text.isEmpty())
        m_json.remove(key);
    else
        m_json.insert(key, text);
}

bool Entity::sameAnnotation(const Entity &other) const
{
    return type() == other.type() && value() == other.value() && role() == other.role()
        && group() == other.group() && start() == other.start() && end() == other.end();
}

QList<Entity> entitiesFromJson(const QJsonValue &value)
{
    QList<Entity> entities;
    const QJsonArray array = value.toArray();
    entities.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (item.isObject())
            entities.append(Entity(item.toObject()));
    }
    return entities;
}

QJsonArray entitiesToJson(const QList<Entity> &entities)
{
    QJsonArray array;
    for (const Entity &entity : entities)
        array.append(entity.toJson());
    return array;
}

} // namespace Coach
