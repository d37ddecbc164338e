#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Coach::TestSupport {

//! A JSON value as Python's json module sees it: object keys keep their
//! order, ints and floats are apart. dump() writes what Python's
//! json.dumps() writes with its defaults (ASCII only with \uXXXX escapes and
//! surrogate pairs, ", " and ": " separators, floats as repr()), which is how
//! Rasa's SQLTrackerStore stores an event's `data`.
class PyJson
{
public:
    enum class Kind { Null, Bool, Int, Float, String, Array, Object };

    PyJson() = default;
    PyJson(std::nullptr_t) { }
    PyJson(bool value) : m_kind(Kind::Bool), m_int(value) { }
    PyJson(int value) : m_kind(Kind::Int), m_int(value) { }
    PyJson(qint64 value) : m_kind(Kind::Int), m_int(value) { }
    PyJson(double value) : m_kind(Kind::Float), m_float(value) { }
    PyJson(const QString &value) : m_kind(Kind::String), m_string(value) { }
    PyJson(const char *value) : PyJson(QString::fromUtf8(value)) { }
    template <typename T> PyJson(const std::optional<T> &value)
    {
        if (value)
            *this = PyJson(*value);
    }

    using Members = QList<QPair<QString, PyJson>>;
    static PyJson object(Members members = {});
    static PyJson array(QList<PyJson> items = {});

    //! Parses JSON text; nullopt when it is not valid JSON.
    static std::optional<PyJson> parse(const QByteArray &text);
    QByteArray dump() const;

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    //! Member of an object (a null value when absent).
    PyJson value(const QString &key) const;
    bool contains(const QString &key) const;
    void insert(const QString &key, const PyJson &value); //!< appends or replaces in place
    const Members &members() const { return m_members; }
    const QList<PyJson> &items() const { return m_items; }
    void append(const PyJson &item) { m_items.append(item); }
    QString toString() const { return m_string; }
    double toDouble() const { return m_kind == Kind::Int ? static_cast<double>(m_int) : m_float; }

private:
    void dumpTo(QByteArray &out) const;

    Kind m_kind = Kind::Null;
    qint64 m_int = 0;
    double m_float = 0;
    QString m_string;
    QList<PyJson> m_items;
    Members m_members;
};

//! Python's repr() of a float.
QByteArray pythonFloatRepr(double value);

} // namespace Coach::TestSupport
