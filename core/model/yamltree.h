#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>

#include <string>
#include <vector>

namespace Coach {

//! A YAML document (the first of a file) as a compact read-only tree, for
//! readers that walk YAML themselves and report line numbers (the story
//! reader). Nodes, scalars, tags and marks are the ones yaml-cpp's YAML::Load
//! gives; only how they are found differs: block-style files of plain and
//! simple quoted scalars, the way Rasa and Rasa Coach write training data,
//! are read by a small scanner (YamlBlockScanner); every other file (flow
//! collections, anchors, tags, block or multi-line scalars, escapes, ...)
//! goes through yaml-cpp's parser events. yaml-cpp's own node tree is what
//! made big story files slow: over a second for 10,000 stories.
class YamlTree
{
public:
    enum class Kind : quint8 { Undefined, Null, Scalar, Sequence, Map };
    enum class Source : quint8 { Scanner, YamlCpp };

    //! A node of the tree, or an undefined node (missing key, index out of
    //! range) that is safe to ask anything.
    class Node
    {
    public:
        Node() = default;

        Kind kind() const;
        bool isDefined() const { return kind() != Kind::Undefined; }
        bool isNull() const { return kind() == Kind::Null; }
        bool isScalar() const { return kind() == Kind::Scalar; }
        bool isSequence() const { return kind() == Kind::Sequence; }
        bool isMap() const { return kind() == Kind::Map; }

        //! The text of a scalar; empty for any other node.
        QString scalar() const;
        //! Whether this is a scalar with exactly this text.
        bool isScalar(QLatin1StringView text) const;
        //! 1-based line and column; 0 when the node has no position.
        int line() const;
        int column() const;

        //! Items of a sequence, pairs of a map, else 0.
        int size() const;
        Node at(int index) const; //!< sequence item
        Node keyAt(int index) const; //!< map pair
        Node valueAt(int index) const;
        //! The value of the first pair whose key is the scalar `key`, as
        //! yaml-cpp's `node[key]` finds it.
        Node value(QLatin1StringView key) const;

        //! The JSON value with parseYaml()'s rules (yaml-cpp's resolution of
        //! plain scalars, quoted ones stay text). Keys that are not scalars
        //! become empty strings (a story never has them).
        QJsonValue toJson() const;

        //! The items of a sequence (none for any other node), for range-for.
        class Iterator;
        Iterator begin() const;
        Iterator end() const;

    private:
        friend class YamlTree;
        Node(const YamlTree *tree, int index) : m_tree(tree), m_index(index) { }
        QJsonValue toJson(int depth) const;

        const YamlTree *m_tree = nullptr;
        int m_index = -1;
    };

    //! Reads the first document. A file yaml-cpp rejects gives an invalid
    //! tree with yaml-cpp's message (parseYaml() words it for users).
    //! `YamlCpp` skips the scanner: yaml-cpp also marks nulls with
    //! positions, which error messages about them need.
    static YamlTree parse(const QByteArray &text, Source first = Source::Scanner);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }
    Node root() const { return Node(this, m_root); }
    Source source() const { return m_source; }

    // Building (YamlBlockScanner and the yaml-cpp event handler).
    static constexpr quint8 PlainTag = 0; //!< yaml-cpp's "?"
    static constexpr quint8 QuotedTag = 1; //!< yaml-cpp's "!"
    int addScalar(int line, int column, int offset, int length, quint8 tag);
    int addScalar(int line, int column, const std::string &value, quint8 tag);
    int addNull(int line, int column);
    //! A sequence or map whose children (items, or keys and values in turn)
    //! are the last `count` entries of `children`.
    int addCollection(Kind kind, int line, int column, std::vector<int> &children, int count);
    quint8 tagIndex(const std::string &tag);
    void setRoot(int index) { m_root = index; }

private:
    struct Entry
    {
        Kind kind = Kind::Undefined;
        quint8 tag = PlainTag;
        int line = 0;
        int column = 0;
        int first = 0; //!< scalar: byte offset in m_text; collection: index in m_children
        int count = 0; //!< scalar: bytes; sequence: items; map: pairs
    };

    const Entry *entry(int index) const
    {
        return index >= 0 && size_t(index) < m_entries.size() ? &m_entries[size_t(index)] : nullptr;
    }

    QByteArray m_text; //!< the source, then scalars that are not verbatim in it
    std::vector<Entry> m_entries;
    std::vector<int> m_children;
    std::vector<std::string> m_tags{"?", "!"};
    int m_root = -1;
    Source m_source = Source::Scanner;
    QString m_error;
};

class YamlTree::Node::Iterator
{
public:
    Node operator*() const { return m_sequence.at(m_index); }
    Iterator &operator++()
    {
        ++m_index;
        return *this;
    }
    bool operator!=(const Iterator &other) const { return m_index != other.m_index; }

private:
    friend class Node;
    Iterator(const Node &sequence, int index) : m_sequence(sequence), m_index(index) { }
    Node m_sequence;
    int m_index;
};

inline YamlTree::Node::Iterator YamlTree::Node::begin() const
{
    return Iterator(*this, 0);
}

inline YamlTree::Node::Iterator YamlTree::Node::end() const
{
    return Iterator(*this, isSequence() ? size() : 0);
}

} // namespace Coach
