#include "yamlnode.h"

#include "yamlemitter.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coach {

YamlNode YamlNode::string(const QString &text, StringStyle style)
{
    YamlNode node;
    node.m_kind = Kind::String;
    node.m_style = style;
    node.m_text = text;
    return node;
}

YamlNode YamlNode::raw(const QString &text)
{
    YamlNode node;
    node.m_kind = Kind::Raw;
    node.m_text = text;
    return node;
}

YamlNode YamlNode::number(double value, NumberStyle style)
{
    return raw(YamlEmitter::number(value, style));
}

YamlNode YamlNode::boolean(bool value)
{
    return raw(value ? u"true"_s : u"false"_s);
}

YamlNode YamlNode::sequence(QList<YamlNode> items)
{
    YamlNode node;
    node.m_kind = Kind::Sequence;
    node.m_items = std::move(items);
    return node;
}

YamlNode YamlNode::mapping()
{
    YamlNode node;
    node.m_kind = Kind::Mapping;
    return node;
}

YamlNode YamlNode::fromJson(const QJsonValue &value, NumberStyle numbers)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return boolean(value.toBool());
    case QJsonValue::Double:
        return number(value.toDouble(), numbers);
    case QJsonValue::String:
        return string(value.toString());
    case QJsonValue::Array: {
        YamlNode node = sequence();
        const QJsonArray array = value.toArray();
        for (const QJsonValue item : array)
            node.append(fromJson(item, numbers));
        return node;
    }
    case QJsonValue::Object: {
        YamlNode node = mapping();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            node.insert(it.key(), fromJson(it.value(), numbers));
        return node;
    }
    default:
        return YamlNode();
    }
}

bool YamlNode::isEmptyCollection() const
{
    return (m_kind == Kind::Sequence && m_items.isEmpty())
        || (m_kind == Kind::Mapping && m_entries.isEmpty());
}

YamlNode &YamlNode::append(YamlNode item)
{
    m_kind = Kind::Sequence;
    m_items.append(std::move(item));
    return *this;
}

YamlNode &YamlNode::insert(const QString &key, YamlNode value)
{
    m_kind = Kind::Mapping;
    m_entries.append({key, std::move(value)});
    return *this;
}

QString YamlNode::toYaml() const
{
    QString out;
    switch (m_kind) {
    case Kind::Mapping:
        if (!m_entries.isEmpty()) {
            YamlEmitter::appendEntries(out, *this, 0);
            return out;
        }
        return u"{}\n"_s;
    case Kind::Sequence:
        if (!m_items.isEmpty()) {
            YamlEmitter::appendItems(out, *this, 0);
            return out;
        }
        return u"[]\n"_s;
    default:
        // A lone scalar: reuse the "after dash" form and drop the dash.
        YamlEmitter::appendAfterDash(out, *this, 0);
        return out.mid(1);
    }
}

} // namespace Coach
