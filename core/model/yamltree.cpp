#include "yamltree.h"

#include "yamlblockscanner_p.h"
#include "yamlreader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <sstream>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace Coach {

namespace {

//! Builds the tree from yaml-cpp's parser events, as YAML::Load's node
//! builder would build its nodes: same scalars, tags, nulls and marks; an
//! alias is the anchored node itself.
class EventTreeBuilder final : public YAML::EventHandler
{
public:
    explicit EventTreeBuilder(YamlTree &tree) : m_tree(tree) { }

    void OnDocumentStart(const YAML::Mark & /*mark*/) override { }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        attach(m_tree.addNull(mark.line + 1, mark.column + 1), anchor);
    }
    void OnAlias(const YAML::Mark & /*mark*/, YAML::anchor_t anchor) override
    {
        attach(anchor < m_anchors.size() ? m_anchors[anchor] : m_tree.addNull(0, 0), 0);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        attach(m_tree.addScalar(mark.line + 1, mark.column + 1, value, m_tree.tagIndex(tag)),
               anchor);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string & /*tag*/, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value /*style*/) override
    {
        open(YamlTree::Kind::Sequence, mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string & /*tag*/, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value /*style*/) override
    {
        open(YamlTree::Kind::Map, mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open
    {
        YamlTree::Kind kind;
        YAML::Mark mark;
        YAML::anchor_t anchor;
        size_t start; //!< where its children begin in m_pending
    };

    void open(YamlTree::Kind kind, const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        m_open.push_back(Open{kind, mark, anchor, m_pending.size()});
    }
    void close()
    {
        const Open done = m_open.back();
        m_open.pop_back();
        const int count = int(m_pending.size() - done.start);
        const int index = m_tree.addCollection(done.kind, done.mark.line + 1, done.mark.column + 1,
                                               m_pending, count);
        attach(index, done.anchor);
    }
    void attach(int index, YAML::anchor_t anchor)
    {
        if (anchor > 0) {
            if (m_anchors.size() <= anchor)
                m_anchors.resize(anchor + 1, -1);
            m_anchors[anchor] = index;
        }
        if (m_open.empty())
            m_tree.setRoot(index);
        else
            m_pending.push_back(index);
    }

    YamlTree &m_tree;
    std::vector<Open> m_open;
    std::vector<int> m_pending; // children of the open collections, innermost last
    std::vector<int> m_anchors;
};

} // namespace

YamlTree YamlTree::parse(const QByteArray &text, Source first)
{
    YamlTree tree;
    tree.m_text = text;
    if (first == Source::Scanner && YamlBlockScanner(text, tree).scan())
        return tree;
    tree = YamlTree();
    tree.m_source = Source::YamlCpp;
    try {
        std::istringstream stream(text.toStdString());
        YAML::Parser parser(stream);
        EventTreeBuilder builder(tree);
        if (!parser.HandleNextDocument(builder))
            tree.setRoot(tree.addNull(0, 0)); // no document: YAML::Load gives a null node
    } catch (const YAML::Exception &error) {
        tree = YamlTree();
        tree.m_source = Source::YamlCpp;
        tree.m_error = QString::fromStdString(error.msg);
    } catch (const std::exception &error) {
        tree = YamlTree();
        tree.m_source = Source::YamlCpp;
        tree.m_error = QString::fromLocal8Bit(error.what());
    }
    return tree;
}

int YamlTree::addScalar(int line, int column, int offset, int length, quint8 tag)
{
    m_entries.push_back(Entry{Kind::Scalar, tag, line, column, offset, length});
    return int(m_entries.size()) - 1;
}

int YamlTree::addScalar(int line, int column, const std::string &value, quint8 tag)
{
    const int offset = int(m_text.size());
    m_text.append(value.data(), qsizetype(value.size()));
    return addScalar(line, column, offset, int(value.size()), tag);
}

int YamlTree::addNull(int line, int column)
{
    m_entries.push_back(Entry{Kind::Null, PlainTag, line, column, 0, 0});
    return int(m_entries.size()) - 1;
}

int YamlTree::addCollection(Kind kind, int line, int column, std::vector<int> &children, int count)
{
    const int first = int(m_children.size());
    m_children.insert(m_children.end(), children.end() - count, children.end());
    children.resize(children.size() - size_t(count));
    m_entries.push_back(
        Entry{kind, PlainTag, line, column, first, kind == Kind::Map ? count / 2 : count});
    return int(m_entries.size()) - 1;
}

quint8 YamlTree::tagIndex(const std::string &tag)
{
    for (size_t i = 0; i < m_tags.size(); ++i) {
        if (m_tags[i] == tag)
            return quint8(i);
    }
    if (m_tags.size() > 250)
        return QuotedTag; // absurdly many tags: keep the rest as text
    m_tags.push_back(tag);
    return quint8(m_tags.size() - 1);
}

YamlTree::Kind YamlTree::Node::kind() const
{
    const Entry *e = m_tree ? m_tree->entry(m_index) : nullptr;
    return e ? e->kind : Kind::Undefined;
}

QString YamlTree::Node::scalar() const
{
    if (kind() != Kind::Scalar)
        return QString();
    const Entry &e = *m_tree->entry(m_index);
    return QString::fromUtf8(m_tree->m_text.constData() + e.first, e.count);
}

bool YamlTree::Node::isScalar(QLatin1StringView text) const
{
    if (kind() != Kind::Scalar)
        return false;
    const Entry &e = *m_tree->entry(m_index);
    return e.count == text.size()
        && std::equal(text.begin(), text.end(), m_tree->m_text.constData() + e.first);
}

int YamlTree::Node::line() const
{
    const Entry *e = m_tree ? m_tree->entry(m_index) : nullptr;
    return e ? e->line : 0;
}

int YamlTree::Node::column() const
{
    const Entry *e = m_tree ? m_tree->entry(m_index) : nullptr;
    return e ? e->column : 0;
}

int YamlTree::Node::size() const
{
    const Kind k = kind();
    return k == Kind::Sequence || k == Kind::Map ? m_tree->entry(m_index)->count : 0;
}

YamlTree::Node YamlTree::Node::at(int index) const
{
    if (kind() != Kind::Sequence || index < 0 || index >= size())
        return Node();
    return Node(m_tree, m_tree->m_children[size_t(m_tree->entry(m_index)->first) + size_t(index)]);
}

YamlTree::Node YamlTree::Node::keyAt(int index) const
{
    if (kind() != Kind::Map || index < 0 || index >= size())
        return Node();
    return Node(m_tree,
                m_tree->m_children[size_t(m_tree->entry(m_index)->first) + 2 * size_t(index)]);
}

YamlTree::Node YamlTree::Node::valueAt(int index) const
{
    if (kind() != Kind::Map || index < 0 || index >= size())
        return Node();
    return Node(m_tree,
                m_tree->m_children[size_t(m_tree->entry(m_index)->first) + 2 * size_t(index) + 1]);
}

YamlTree::Node YamlTree::Node::value(QLatin1StringView key) const
{
    for (int i = 0; i < size() && kind() == Kind::Map; ++i) {
        if (keyAt(i).isScalar(key))
            return valueAt(i);
    }
    return Node();
}

QJsonValue YamlTree::Node::toJson() const
{
    return toJson(0);
}

QJsonValue YamlTree::Node::toJson(int depth) const
{
    // Deeply nested input is a sign of garbage; stop before the stack does.
    if (depth > 200)
        return QJsonValue();
    switch (kind()) {
    case Kind::Undefined:
    case Kind::Null:
        return QJsonValue();
    case Kind::Scalar:
        return yamlScalarToJson(scalar(), m_tree->m_tags[m_tree->entry(m_index)->tag]);
    case Kind::Sequence: {
        QJsonArray array;
        for (auto i : *this)
            array.append(i.toJson(depth + 1));
        return array;
    }
    case Kind::Map: {
        QJsonObject object;
        for (int i = 0; i < size(); ++i)
            object.insert(keyAt(i).scalar(), valueAt(i).toJson(depth + 1));
        return object;
    }
    }
    return QJsonValue();
}

} // namespace Coach
