#include "conflictstorydialog.h"

#include "export/yamlstorywriter.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coach {

ConflictStoryDialog::ConflictStoryDialog(const QString &name, const StorySteps &steps,
                                         QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this))
{
    setObjectName(u"ConflictStoryDialog"_s);
    setWindowTitle(tr("Story “%1”").arg(name));
    QStringList sources;
    for (const StoryStep &step : steps) {
        const QString where = step.sourceLine > 0
            ? tr("%1, line %2").arg(QFileInfo(step.sourceFile).fileName()).arg(step.sourceLine)
            : tr("this session's conversation “%1”").arg(step.sourceFile);
        if (!sources.contains(where))
            sources.append(where);
    }
    auto *source = new QLabel(tr("From %1").arg(sources.join(u"; "_s)), this);
    source->setWordWrap(true);
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(YamlStoryWriter(StoryWriterOptions{}).renderBlocks(steps));
    m_text->setAccessibleName(tr("Story steps"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(source);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(520, 420);
}

QString ConflictStoryDialog::stepsText() const
{
    return m_text->toPlainText();
}

} // namespace Coach
