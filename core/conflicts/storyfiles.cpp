#include "storyfiles.h"

#include "parallel.h"

#include "export/storyreader.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;

namespace Coach::StoryFiles {

namespace {

//! Smaller YAML files are parsed whole: cutting them gains nothing.
constexpr qsizetype CutAbove = qsizetype(256) * 1024;

//! One `stories:`/`rules:` block list of a YAML file: the line of its key,
//! the first line of each item, and the line after the list.
struct Section
{
    QByteArray key;
    QList<qsizetype> items;
    qsizetype end = 0;
};

qsizetype indentation(const QByteArray &line)
{
    qsizetype spaces = 0;
    while (spaces < line.size() && line.at(spaces) == ' ')
        ++spaces;
    return spaces;
}

bool isBlankOrComment(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith('#');
}

bool isItem(const QByteArray &line, qsizetype indent)
{
    if (indentation(line) != indent || line.size() <= indent || line.at(indent) != '-')
        return false;
    return line.size() == indent + 1 || line.at(indent + 1) == ' ' || line.at(indent + 1) == '\r';
}

//! The items of the section whose key is on line `header`; nullopt when the
//! layout is not the plain one this cutting trusts.
std::optional<Section> section(const QList<QByteArray> &lines, qsizetype header)
{
    Section found{lines.at(header).left(lines.at(header).indexOf(':')), {}, lines.size()};
    qsizetype indent = -1;
    for (qsizetype i = header + 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (isBlankOrComment(line))
            continue;
        const qsizetype level = indentation(line);
        if (indent < 0 && !isItem(line, level)) {
            found.end = i; // an empty section: the next key follows
            return level == 0 ? std::optional<Section>(found) : std::nullopt;
        }
        indent = indent < 0 ? level : indent;
        if (level < indent || (level == 0 && !isItem(line, 0))) {
            found.end = i;
            return level == 0 ? std::optional<Section>(found) : std::nullopt;
        }
        if (level == indent && !isItem(line, indent))
            return std::nullopt;
        if (level == indent)
            found.items.append(i);
    }
    return found;
}

std::optional<QList<Section>> sections(const QList<QByteArray> &lines)
{
    static const QRegularExpression header(u"^(stories|rules)\\s*:\\s*(#.*)?$"_s);
    QList<Section> found;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith("---") || line.startsWith("...") || line.startsWith('-')
            || line.startsWith('\t'))
            return std::nullopt;
        const bool topLevel =
            !line.isEmpty() && line.at(0) != ' ' && line.at(0) != '#' && line.at(0) != '\r';
        if (!topLevel || !(line.startsWith("stories") || line.startsWith("rules")))
            continue;
        if (!header.match(QString::fromUtf8(line.trimmed())).hasMatch())
            return std::nullopt; // flow style or something unusual: read it whole
        std::optional<Section> next = section(lines, i);
        if (!next)
            return std::nullopt;
        found.append(*next);
        i = next->end - 1;
    }
    return found;
}

struct Job
{
    int file = -1;
    QByteArray text;
};

struct Parsed
{
    StorySteps steps;
    bool ok = true;
};

Result<StorySteps> readWhole(const QString &path, const QByteArray &text, const Domain &domain)
{
    Result<StorySteps> steps =
        StoryReader::read(text, StoryReader::formatForPath(path), path, &domain);
    if (!steps && steps.error().where.isEmpty())
        return makeError(steps.error().message, path);
    return steps;
}

} // namespace

bool isStoryFile(const QString &path, const QByteArray &text)
{
    // Rasa's MarkdownReader.is_markdown_nlu_file: a section marker anywhere.
    static const QRegularExpression nlu(u"## (intent|synonym|regex|lookup):"_s);
    static const QRegularExpression story(u"##.+|>>.+"_s);
    const QString suffix = QFileInfo(path).suffix();
    if (suffix == u"md"_s) {
        const QString content = QString::fromUtf8(text);
        return !nlu.match(content).hasMatch() && story.match(content).hasMatch();
    }
    if (suffix != u"yml"_s && suffix != u"yaml"_s)
        return false;
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray stripped = line.trimmed();
        if (stripped.startsWith("stories:") || stripped.startsWith("rules:"))
            return true;
    }
    return false;
}

QList<QByteArray> cut(const QByteArray &text, int pieces)
{
    QList<QByteArray> lines = text.split('\n');
    const std::optional<QList<Section>> found = sections(lines);
    if (!found)
        return {};
    qsizetype items = 0;
    for (const Section &section : *found)
        items += section.items.size();
    const qsizetype perPiece = std::max<qsizetype>(1, (items + pieces - 1) / std::max(1, pieces));
    QList<QByteArray> result;
    for (const Section &section : *found) {
        for (qsizetype k = 0; k < section.items.size(); k += perPiece) {
            const qsizetype first = section.items.at(k);
            const qsizetype end =
                k + perPiece < section.items.size() ? section.items.at(k + perPiece) : section.end;
            QByteArray piece(first - 1, '\n');
            piece += section.key + ":\n";
            for (qsizetype line = first; line < end; ++line) {
                piece += lines.at(line) + '\n';
                lines[line].clear(); // what is left over is the last piece
            }
            result.append(piece);
        }
    }
    result.append(lines.join('\n'));
    return result;
}

namespace {

//! What readAll() parses: the story files' texts, and the pieces to parse
//! (whole files, or the pieces of big ones).
struct Input
{
    QStringList files;
    QList<QByteArray> texts;
    QList<Job> jobs;
};

Status collect(const QString &folder, Input &input)
{
    QStringList paths;
    for (QDirIterator it(folder, {u"*.yml"_s, u"*.yaml"_s, u"*.md"_s}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        paths.append(it.next());
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(file.errorString(), path);
        const QByteArray text = file.readAll();
        if (!isStoryFile(path, text))
            continue;
        const int index = int(input.files.size());
        input.files.append(path);
        input.texts.append(text);
        const bool big =
            text.size() > CutAbove && StoryReader::formatForPath(path) == StoryReader::Format::Yaml;
        const QList<QByteArray> pieces =
            big ? cut(text, 2 * QThread::idealThreadCount()) : QList<QByteArray>();
        for (const QByteArray &piece : pieces.isEmpty() ? QList<QByteArray>{text} : pieces)
            input.jobs.append({index, piece});
    }
    return {};
}

QList<Parsed> parse(const Input &input, const Domain &domain)
{
    const QList<QList<Parsed>> slices =
        Parallel::mapSlices(input.jobs.size(), 1, [&](Parallel::Slice slice) {
            QList<Parsed> out;
            for (qsizetype i = slice.begin; i < slice.end; ++i) {
                const QString &path = input.files.at(input.jobs.at(i).file);
                Result<StorySteps> steps = StoryReader::read(
                    input.jobs.at(i).text, StoryReader::formatForPath(path), path, &domain);
                out.append(steps ? Parsed{std::move(steps).value(), true} : Parsed{{}, false});
            }
            return out;
        });
    QList<Parsed> parsed;
    for (const QList<Parsed> &slice : slices)
        parsed += slice;
    return parsed;
}

} // namespace

Result<StorySteps> readAll(const QString &folder, const Domain &domain)
{
    Input input;
    if (Status status = collect(folder, input); !status)
        return status.error();
    const QList<Parsed> parsed = parse(input, domain);
    StorySteps steps;
    qsizetype job = 0;
    for (int file = 0; file < input.files.size(); ++file) {
        StorySteps fileSteps;
        bool ok = true;
        for (; job < input.jobs.size() && input.jobs.at(job).file == file; ++job) {
            ok = ok && parsed.at(job).ok;
            fileSteps += parsed.at(job).steps;
        }
        if (!ok) {
            // A piece failed: the whole file says what and where.
            Result<StorySteps> whole =
                readWhole(input.files.at(file), input.texts.at(file), domain);
            if (!whole)
                return whole.error();
            fileSteps = std::move(whole).value();
        }
        steps += fileSteps;
    }
    return steps;
}

} // namespace Coach::StoryFiles
