#pragma once

#include "model/story.h"

#include <QDialog>

class QPlainTextEdit;

namespace Coach {

//! Shows the steps of one story of a conflict, in the YAML Rasa reads (a
//! story joined at checkpoints shows each block; a conversation shows what
//! the export would write), with where it was read from.
class ConflictStoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictStoryDialog)

public:
    ConflictStoryDialog(const QString &name, const StorySteps &steps, QWidget *parent = nullptr);

    QString stepsText() const;

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace Coach
