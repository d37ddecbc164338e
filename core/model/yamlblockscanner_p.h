#pragma once

#include <QByteArray>

#include <vector>

namespace Coach {

class YamlTree;

//! Reads the block-style YAML that training data is written in straight
//! into a YamlTree: block mappings and sequences (also `- key: value`
//! compact ones), plain and quoted one-line scalars, `|` and `|-` literal
//! blocks, comments, blank lines, CRLF. It gives up (scan() returns false) at anything else,
//! including anything invalid, and YamlTree then asks yaml-cpp: flow collections, anchors and
//! aliases, tags, folded and other block scalars, multi-line flow scalars, escapes in double
//! quotes, tabs, directives and document markers, merge keys, unusual characters. What it accepts
//! it must read exactly as yaml-cpp does; tst_yamltree compares the two on every fixture and on
//! damaged copies of them.
class YamlBlockScanner
{
public:
    YamlBlockScanner(const QByteArray &text, YamlTree &tree);

    bool scan();

private:
    struct Line
    {
        int number = 0; //!< 1-based
        int begin = 0; //!< offset of the line in the text
        int indent = 0; //!< leading spaces
        int end = 0; //!< offset of its end (before "\r\n" or "\n")
        bool blank = false; //!< only spaces or a comment (outside block scalars)
    };
    //! A scalar found on a line, not yet added to the tree.
    struct Span
    {
        int begin = 0;
        int end = 0;
        int after = 0; //!< where the line goes on (after a key's `:`)
        bool valid = false;
        bool quoted = false;
        bool escaped = false; //!< has `''`
    };

    bool splitLines();
    bool checkCharacters(int begin, int end) const;
    bool atEnd() const { return m_next >= m_lines.size(); }
    void advance(); //!< to the next line that is not blank
    void skipBlankLines();
    const Line &current() const { return m_lines[m_next]; }
    bool isSequenceEntry(int offset, int end) const;

    // Each returns the node's index in the tree, or -1 to give up.
    int lineNode(int depth);
    int blockNode(int parentIndent, bool sequenceAtParent, int depth);
    int sequence(int indent, int depth);
    int inlineNode(int sequenceIndent, int offset, int depth);
    int map(int offset, int keyNode, int after, int depth);
    int mapValue(int indent, int offset, int depth);
    int lineValue(int parentIndent, int offset);
    int literal(int parentIndent, int offset);
    bool key(int offset, int &keyNode, int &after);
    Span plain(int offset, int end, bool isKey) const;
    Span quoted(int offset, int end) const;
    bool restIsEmpty(int offset, int end) const;
    int add(const Span &span, int offset);

    const QByteArray &m_text;
    const char *m_data;
    YamlTree &m_tree;
    std::vector<Line> m_lines;
    size_t m_next = 0;
    std::vector<int> m_children;
};

} // namespace Coach
