// DomainExporter::renderComplete: a whole domain file from the server's
// domain and the session's additions.

#include "domainexporter.h"
#include "yamlemitter.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! Keys of response variations (and buttons) in the order Rasa's docs
//! write them; other keys follow alphabetically.
YamlNode orderedNode(const QJsonValue &value)
{
    if (value.isArray()) {
        YamlNode list = YamlNode::sequence();
        const QJsonArray array = value.toArray();
        for (const QJsonValue item : array)
            list.append(orderedNode(item));
        return list;
    }
    if (!value.isObject())
        return YamlNode::fromJson(value);
    static const QStringList preferred{u"text"_s,    u"title"_s,   u"payload"_s,  u"image"_s,
                                       u"buttons"_s, u"channel"_s, u"condition"_s};
    const QJsonObject object = value.toObject();
    YamlNode node = YamlNode::mapping();
    for (const QString &key : preferred) {
        if (object.contains(key))
            node.insert(key, orderedNode(object.value(key)));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!preferred.contains(it.key()))
            node.insert(it.key(), orderedNode(it.value()));
    }
    return node;
}

YamlNode intentsNode(const Domain &server, const QStringList &added)
{
    YamlNode list = YamlNode::sequence();
    QStringList names;
    for (const IntentDefinition &intent : server.intents()) {
        QJsonObject properties = intent.properties;
        if (properties.value("use_entities"_L1) == QJsonValue(true))
            properties.remove("use_entities"_L1);
        names.append(intent.name);
        if (properties.isEmpty())
            list.append(YamlNode::string(intent.name));
        else
            list.append(YamlNode::mapping().insert(intent.name, YamlNode::fromJson(properties)));
    }
    for (const QString &name : added) {
        if (!names.contains(name))
            list.append(YamlNode::string(name));
    }
    return list;
}

YamlNode entitiesNode(const Domain &server, const DomainAdditions &additions)
{
    YamlNode list = YamlNode::sequence();
    for (const EntityDefinition &entity : server.entities()) {
        if (entity.properties.isEmpty())
            list.append(YamlNode::string(entity.name));
        else
            list.append(
                YamlNode::mapping().insert(entity.name, YamlNode::fromJson(entity.properties)));
    }
    const QStringList names = server.entityNames();
    for (const QString &name : additions.entities) {
        if (!names.contains(name))
            list.append(DomainExporter::entityNode(name, additions));
    }
    return list;
}

YamlNode slotsNode(const Domain &server)
{
    YamlNode slotMap = YamlNode::mapping();
    for (const SlotDefinition &slot : server.slotDefinitions()) {
        QJsonObject properties = slot.properties;
        properties.remove("type"_L1);
        if (properties.value("initial_value"_L1).isNull())
            properties.remove("initial_value"_L1);
        if (properties.value("auto_fill"_L1) == QJsonValue(true))
            properties.remove("auto_fill"_L1);
        YamlNode node = YamlNode::mapping();
        node.insert(u"type"_s, YamlNode::string(slot.type));
        const YamlNode rest = orderedNode(properties);
        for (const auto &[key, value] : rest.entries())
            node.insert(key, value);
        slotMap.insert(slot.name, node);
    }
    return slotMap;
}

YamlNode responsesNode(const Domain &server, const QList<ResponseDefinition> &added)
{
    YamlNode responses = YamlNode::mapping();
    for (const ResponseDefinition &response : added)
        responses.insert(response.name, orderedNode(response.variations));
    for (const ResponseDefinition &response : server.responses()) {
        const bool replaced =
            std::any_of(added.cbegin(), added.cend(), [&response](const ResponseDefinition &r) {
                return r.name == response.name;
            });
        if (!replaced)
            responses.insert(response.name, orderedNode(response.variations));
    }
    return responses;
}

YamlNode actionsNode(const Domain &server, const QStringList &added)
{
    QStringList names = server.actionNames();
    for (const QString &name : added) {
        if (!names.contains(name) && !server.isForm(name))
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    YamlNode list = YamlNode::sequence();
    for (const QString &name : std::as_const(names))
        list.append(YamlNode::string(name));
    return list;
}

YamlNode sessionConfigNode(const Domain &server)
{
    const SessionConfig config = server.sessionConfig();
    YamlNode node = YamlNode::mapping();
    node.insert(u"session_expiration_time"_s, YamlNode::number(config.sessionExpirationTime));
    node.insert(u"carry_over_slots_to_new_session"_s,
                YamlNode::boolean(config.carryOverSlotsToNewSession));
    return node;
}

} // namespace

QString DomainExporter::renderComplete(const Domain &server, const DomainAdditions &additions,
                                       int rasaMajorVersion)
{
    const QJsonObject json = server.toJson();
    YamlNode root = YamlNode::mapping();
    root.insert(u"version"_s, YamlNode::raw(rasaMajorVersion >= 3 ? u"\"3.1\""_s : u"\"2.0\""_s));
    const QJsonObject config = json.value("config"_L1).toObject();
    if (!config.isEmpty() && config != QJsonObject{{u"store_entities_as_slots"_s, true}})
        root.insert(u"config"_s, YamlNode::fromJson(config));
    root.insert(u"session_config"_s, sessionConfigNode(server));
    const QList<std::pair<QString, YamlNode>> sections{
        {u"intents"_s, intentsNode(server, additions.intents)},
        {u"entities"_s, entitiesNode(server, additions)},
        {u"slots"_s, slotsNode(server)},
        {u"responses"_s, responsesNode(server, additions.responses)},
        {u"actions"_s, actionsNode(server, additions.actions)},
        {u"forms"_s, orderedNode(json.value("forms"_L1))},
        {u"e2e_actions"_s, orderedNode(json.value("e2e_actions"_L1))},
    };
    for (const auto &[key, node] : sections) {
        if (node.isCollection() && !node.isEmptyCollection())
            root.insert(key, node);
    }
    static const QStringList known{u"version"_s,  u"config"_s, u"session_config"_s, u"intents"_s,
                                   u"entities"_s, u"slots"_s,  u"responses"_s,      u"templates"_s,
                                   u"actions"_s,  u"forms"_s,  u"e2e_actions"_s};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()) && !it.value().isNull())
            root.insert(it.key(), orderedNode(it.value()));
    }
    return root.toYaml();
}

} // namespace Coach
