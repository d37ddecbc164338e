#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Coach {

//! A validating JSON scanner that builds nothing: it checks the syntax of
//! JSON text (RFC 8259, UTF-8, Qt's nesting limit) at memory speed and
//! reports where values start and end. SessionFormat uses it to open large
//! sessions without materialising every event (docs/session-format.md,
//! "Speed"), and PredictRequest to check a tracker it does not read;
//! whatever it accepts, QJsonDocument accepts too.
class JsonScanner final
{
public:
    explicit JsonScanner(QByteArrayView text) : m_text(text) { }

    //! Where events arrays of conversations are in a session file.
    struct SessionLayout
    {
        //! [begin, end) of each conversation's `events` array, in order.
        QList<QPair<qsizetype, qsizetype>> eventsRanges;
        //! Number of events in each of those arrays.
        QList<int> eventCounts;
    };

    //! Scans a whole session file. Fails (nullopt-like: false) on any syntax
    //! error and on any shape it does not expect (no `conversations` array,
    //! a conversation without exactly one `events` array, an event that is
    //! not an object with a non-empty string `event`); the caller then parses
    //! the file the slow way to report the exact error.
    bool scanSession(SessionLayout *layout);
    //! True when the whole text is one valid JSON object or array.
    bool isValidJson();

    //! One member of an object, as scanObject() found it.
    struct Member
    {
        QByteArray key; //!< decoded
        qsizetype begin = 0; //!< the key's opening quote
        qsizetype valueBegin = 0;
        qsizetype end = 0; //!< just after the value
    };
    //! Scans text that must be one JSON object and nothing else, listing its
    //! members in order; false on any syntax error.
    bool scanObject(QList<Member> *found);

private:
    bool value();
    bool object();
    bool array();
    bool string(QByteArray *decoded = nullptr);
    bool number();
    bool digits(); //!< one or more digits
    bool numberFits(qsizetype start) const;
    bool literal(QByteArrayView word);
    bool escape(QByteArray *decoded);
    bool utf8Sequence();
    void skipSpace();
    bool expect(char c);
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text.at(m_pos); }

    template <typename Element> bool container(char open, char close, Element &&element);
    //! An object; `member(key)` scans each member's value (key undecoded
    //! unless it has escapes).
    template <typename OnMember> bool members(OnMember &&member);
    //! An array; `item()` scans each element.
    template <typename Item> bool items(Item &&item);
    bool conversation(SessionLayout *layout);
    bool events(SessionLayout *layout);
    bool event();

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
    qsizetype m_memberStart = 0; //!< of the member members() is scanning
};

} // namespace Coach
