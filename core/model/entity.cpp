#include "entity.h"

#include "jsonutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coach {

Entity::Entity()
{
    // Empty entities share one block instead of allocating their own.
    static const QSharedDataPointer<Data> empty(new Data);
    d = empty;
}

Entity::Entity(QJsonObject json) : d(new Data)
{
    d->json = std::move(json);
    cacheFields();
}

void Entity::cacheFields()
{
    d->type = Json::string(d->json, "entity"_L1);
    d->role = Json::string(d->json, "role"_L1);
    d->group = Json::string(d->json, "group"_L1);
    d->extractor = Json::string(d->json, "extractor"_L1);
}

Entity Entity::onSpan(const QString &type, const QJsonValue &value, int start, int end,
                      const QString &role, const QString &group)
{
    QJsonObject json;
    json.insert("entity"_L1, type);
    json.insert("value"_L1, value);
    json.insert("start"_L1, start);
    json.insert("end"_L1, end);
    if (!role.isEmpty())
        json.insert("role"_L1, role);
    if (!group.isEmpty())
        json.insert("group"_L1, group);
    return Entity(std::move(json));
}

QJsonValue Entity::value() const
{
    return d->json.value("value"_L1);
}

bool Entity::hasValueKey() const
{
    return d->json.contains("value"_L1);
}

QString Entity::valueText() const
{
    return Json::displayText(value());
}

std::optional<int> Entity::start() const
{
    return Json::integer(d->json, "start"_L1);
}

std::optional<int> Entity::end() const
{
    return Json::integer(d->json, "end"_L1);
}

std::optional<double> Entity::confidence() const
{
    return Json::number(d->json, "confidence_entity"_L1);
}

void Entity::setType(const QString &type)
{
    d->json.insert("entity"_L1, type);
    d->type = type;
}

void Entity::setValue(const QJsonValue &value)
{
    d->json.insert("value"_L1, value);
}

void Entity::setSpan(int start, int end)
{
    d->json.insert("start"_L1, start);
    d->json.insert("end"_L1, end);
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
        d->json.remove(key);
    else
        d->json.insert(key, text);
    cacheFields();
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
    for (const QJsonValue item : array) {
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
