#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace Coach {

//! How integral JSON numbers are printed. JSON (and QJsonValue) does not
//! keep Python's int/float distinction, so `4.0` arrives as `4`. Rasa prints
//! the values of `float` slots as floats (`4.0`); everything else that is
//! integral is printed as an integer (`4`), which is what Python had for
//! entity values and counts. Non-integral numbers always print as floats.
enum class NumberStyle { Auto, Float };

//! An ordered YAML value for the emitter: Rasa's files have a meaningful key
//! order (`intent` before `entities`, `version` first), which QJsonObject
//! does not keep.
class YamlNode
{
public:
    enum class Kind { Null, Raw, String, Sequence, Mapping };
    //! How a string is written: Auto picks plain, quoted or literal block.
    enum class StringStyle { Auto, Literal, DoubleQuoted };

    YamlNode() = default;

    static YamlNode string(const QString &text, StringStyle style = StringStyle::Auto);
    //! Text written exactly as given (numbers, booleans, `"3.1"`).
    static YamlNode raw(const QString &text);
    static YamlNode number(double value, NumberStyle style = NumberStyle::Auto);
    static YamlNode boolean(bool value);
    static YamlNode sequence(QList<YamlNode> items = {});
    static YamlNode mapping();
    //! Converts JSON; `numbers` applies to every number inside.
    static YamlNode fromJson(const QJsonValue &value, NumberStyle numbers = NumberStyle::Auto);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isCollection() const { return m_kind == Kind::Sequence || m_kind == Kind::Mapping; }
    bool isEmptyCollection() const;
    const QString &text() const { return m_text; }
    StringStyle stringStyle() const { return m_style; }
    const QList<YamlNode> &items() const { return m_items; }
    const QList<std::pair<QString, YamlNode>> &entries() const { return m_entries; }

    YamlNode &append(YamlNode item);
    //! Adds a key at the end (a mapping keeps insertion order).
    YamlNode &insert(const QString &key, YamlNode value);

    //! The node as block YAML text, a document of its own.
    QString toYaml() const;

private:
    Kind m_kind = Kind::Null;
    StringStyle m_style = StringStyle::Auto;
    QString m_text;
    QList<YamlNode> m_items;
    QList<std::pair<QString, YamlNode>> m_entries;
};

} // namespace Coach
