#include "storyfileeditor.h"

#include "storywriter.h"
#include "yamlemitter.h"
#include "yamlstorywriter.h"
#include "yamltexteditor.h"

#include <QCoreApplication>

#include <map>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct StoryFileEditorMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::StoryFileEditor)
};

//! The added stories as YAML blocks with their dashes at `indent`.
QString yamlBlocks(const StoryWriter &writer, const StoryEdits &edits, int indent)
{
    if (indent != 0 || edits.addedItems.size() != edits.added.size())
        return writer.renderBlocks(edits.added, indent);
    QString out;
    for (qsizetype i = 0; i < edits.added.size(); ++i)
        out += YamlStoryWriter::storyBlock(edits.added.at(i).name, edits.addedItems.at(i));
    return out;
}

const YamlTextEditor::Node *storyAt(const YamlTextEditor &editor, int sourceLine)
{
    const YamlTextEditor::Node *stories = editor.section(u"stories"_s);
    if (!stories)
        return nullptr;
    for (const YamlTextEditor::Node &item : stories->children) {
        if (item.line + 1 == sourceLine)
            return &item;
    }
    return nullptr;
}

Status replaceYaml(YamlTextEditor &editor, const StoryWriter &writer, const StorySteps &replaced)
{
    const int indent = editor.childIndent(u"stories"_s, 0);
    QList<YamlTextEditor::LineReplacement> replacements;
    for (const StoryStep &step : replaced) {
        const YamlTextEditor::Node *earlier = storyAt(editor, step.sourceLine);
        if (!earlier)
            return makeError(StoryFileEditorMessages::tr("cannot find the story \"%1\" to replace")
                                 .arg(step.name));
        replacements.append({earlier->line, editor.lastContentLine(earlier->line, earlier->endLine),
                             writer.renderBlocks({step}, indent)});
    }
    return editor.replaceLines(replacements);
}

Result<QByteArray> editYaml(const QByteArray &existing, const QString &path,
                            const StoryWriter &writer, const StoryEdits &edits)
{
    Result<YamlTextEditor> opened = YamlTextEditor::open(existing, path);
    if (!opened)
        return opened.error();
    YamlTextEditor &editor = opened.value();
    if (!edits.replaced.isEmpty()) {
        if (Status status = replaceYaml(editor, writer, edits.replaced); !status)
            return status.error();
    }
    if (!edits.added.isEmpty()) {
        const QString blocks = yamlBlocks(writer, edits, editor.childIndent(u"stories"_s, 0));
        if (Status status = editor.appendToSequence(u"stories"_s, blocks, {}); !status)
            return status.error();
    }
    return editor.text();
}

//! The last line of the Markdown block that starts at `header`.
qsizetype markdownBlockEnd(const QStringList &lines, qsizetype header)
{
    qsizetype next = header + 1;
    while (next < lines.size()) {
        const QString line = lines.at(next).trimmed();
        if (line.startsWith(u'#') || line.startsWith(">>"_L1))
            break;
        ++next;
    }
    qsizetype end = next - 1;
    while (end > header && lines.at(end).trimmed().isEmpty())
        --end;
    return end;
}

QByteArray replaceMarkdown(const QByteArray &existing, const StoryWriter &writer,
                           const StorySteps &replaced, Status *status)
{
    QStringList lines = QString::fromUtf8(existing).split(u'\n');
    const QString cr = existing.contains("\r\n") ? u"\r"_s : QString();
    std::map<qsizetype, const StoryStep *, std::greater<>> byLine; // bottom-up
    for (const StoryStep &step : replaced)
        byLine.emplace(step.sourceLine - 1, &step);
    for (const auto &[header, step] : byLine) {
        if (header < 0 || header >= lines.size() || !lines.at(header).trimmed().startsWith(u'#')) {
            *status =
                makeError(StoryFileEditorMessages::tr("cannot find the story \"%1\" to replace")
                              .arg(step->name));
            return existing;
        }
        QStringList block = writer.renderBlocks({*step}).trimmed().split(u'\n');
        for (QString &line : block)
            line += cr;
        const qsizetype end = markdownBlockEnd(lines, header);
        lines.remove(header, end - header + 1);
        for (qsizetype i = block.size() - 1; i >= 0; --i)
            lines.insert(header, block.at(i));
    }
    return lines.join(u'\n').toUtf8();
}

Result<QByteArray> editMarkdown(const QByteArray &existing, const StoryWriter &writer,
                                const StoryEdits &edits)
{
    Status status;
    QByteArray text = existing;
    if (!edits.replaced.isEmpty())
        text = replaceMarkdown(existing, writer, edits.replaced, &status);
    if (!status)
        return status.error();
    if (!edits.added.isEmpty()) {
        const QByteArray newline = existing.contains("\r\n") ? "\r\n" : "\n";
        if (!text.isEmpty() && !text.endsWith('\n'))
            text += newline;
        QByteArray blocks = writer.renderBlocks(edits.added).toUtf8();
        if (newline.size() == 2)
            blocks.replace("\n", "\r\n");
        text += blocks;
    }
    return text;
}

} // namespace

QByteArray StoryFileEditor::render(const StoryWriter &writer, bool markdown,
                                   const StoryEdits &edits)
{
    if (markdown || edits.addedItems.size() != edits.added.size())
        return writer.render(edits.added).toUtf8();
    // YamlStoryWriter::render() for stories only, from the rendered items.
    const QString header =
        u"version: "_s + YamlEmitter::doubleQuoted(writer.options().version) + "\nstories:\n"_L1;
    return (header + yamlBlocks(writer, edits, 0)).toUtf8();
}

Result<QByteArray> StoryFileEditor::edit(const QByteArray &existing, const QString &path,
                                         const StoryWriter &writer, bool markdown,
                                         const StoryEdits &edits)
{
    if (edits.isEmpty())
        return existing;
    return markdown ? editMarkdown(existing, writer, edits)
                    : editYaml(existing, path, writer, edits);
}

} // namespace Coach
