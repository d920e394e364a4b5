# Generated from ui/proposal_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: e41817413fa255eaee8b82e0d0137eba75e65eecabf3d0f718fee7f935904232
# uic: uic 6.11.3
# output-sha256: efee54a326783dcbedae560c044a682de15e1bb07dfa86d23f3e1b5abfb602d0
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'proposal_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ProposalDialog(object):
    def setupUi(self, ProposalDialog):
        if not ProposalDialog.objectName():
            ProposalDialog.setObjectName(u"ProposalDialog")
        ProposalDialog.resize(680, 460)
        ProposalDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ProposalDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(ProposalDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.receivedOnLabel = QLabel(ProposalDialog)
        self.receivedOnLabel.setObjectName(u"receivedOnLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedOnLabel)

        self.receivedOnEdit = QDateEdit(ProposalDialog)
        self.receivedOnEdit.setObjectName(u"receivedOnEdit")
        self.receivedOnEdit.setCalendarPopup(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.receivedOnEdit.sizePolicy().hasHeightForWidth())
        self.receivedOnEdit.setSizePolicy(sizePolicy)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedOnEdit)

        self.proposerKindLabel = QLabel(ProposalDialog)
        self.proposerKindLabel.setObjectName(u"proposerKindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.proposerKindLabel)

        self.proposerKindCombo = QComboBox(ProposalDialog)
        self.proposerKindCombo.setObjectName(u"proposerKindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.proposerKindCombo)

        self.memberLabel = QLabel(ProposalDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(ProposalDialog)
        self.memberCombo.setObjectName(u"memberCombo")
        self.memberCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.memberCombo.setMinimumContentsLength(40)
        sizePolicy.setHeightForWidth(self.memberCombo.sizePolicy().hasHeightForWidth())
        self.memberCombo.setSizePolicy(sizePolicy)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.subjectLabel = QLabel(ProposalDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QPlainTextEdit(ProposalDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setTabChangesFocus(True)
        self.subjectEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.referencesLabel = QLabel(ProposalDialog)
        self.referencesLabel.setObjectName(u"referencesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.referencesLabel)

        self.referencesEdit = QPlainTextEdit(ProposalDialog)
        self.referencesEdit.setObjectName(u"referencesEdit")
        self.referencesEdit.setTabChangesFocus(True)
        self.referencesEdit.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.referencesEdit)

        self.subjectCounter = QLabel(ProposalDialog)
        self.subjectCounter.setObjectName(u"subjectCounter")
        self.subjectCounter.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.subjectCounter)

        self.referencesCounter = QLabel(ProposalDialog)
        self.referencesCounter.setObjectName(u"referencesCounter")
        self.referencesCounter.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.referencesCounter)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(ProposalDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(ProposalDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.receivedOnLabel.setBuddy(self.receivedOnEdit)
        self.proposerKindLabel.setBuddy(self.proposerKindCombo)
        self.memberLabel.setBuddy(self.memberCombo)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.referencesLabel.setBuddy(self.referencesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.receivedOnEdit, self.proposerKindCombo)
        QWidget.setTabOrder(self.proposerKindCombo, self.memberCombo)
        QWidget.setTabOrder(self.memberCombo, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.referencesEdit)

        self.retranslateUi(ProposalDialog)
    # setupUi

    def retranslateUi(self, ProposalDialog):
        ProposalDialog.setWindowTitle(QCoreApplication.translate("ProposalDialog", u"Propuesta de agenda", None))
        self.hintLabel.setText(QCoreApplication.translate("ProposalDialog", u"La Secretar\u00eda General canaliza las propuestas de los regidores y de la gerencia municipal para la agenda de las sesiones del concejo (ROF art. 56).", None))
        self.receivedOnLabel.setText(QCoreApplication.translate("ProposalDialog", u"&Recibida el:", None))
        self.receivedOnEdit.setDisplayFormat(QCoreApplication.translate("ProposalDialog", u"dd/MM/yyyy", None))
        self.proposerKindLabel.setText(QCoreApplication.translate("ProposalDialog", u"&Propone:", None))
        self.memberLabel.setText(QCoreApplication.translate("ProposalDialog", u"Re&gidor(a):", None))
#if QT_CONFIG(tooltip)
        self.memberCombo.setToolTip(QCoreApplication.translate("ProposalDialog", u"Los regidores en funciones en la fecha de recepci\u00f3n", None))
#endif // QT_CONFIG(tooltip)
        self.subjectLabel.setText(QCoreApplication.translate("ProposalDialog", u"&Asunto:", None))
        self.subjectEdit.setPlaceholderText(QCoreApplication.translate("ProposalDialog", u"El tema que se propone tratar, p. ej. \u00abAprobaci\u00f3n del Plan Operativo Institucional 2027\u00bb", None))
        self.referencesLabel.setText(QCoreApplication.translate("ProposalDialog", u"&Sustento:", None))
        self.referencesEdit.setPlaceholderText(QCoreApplication.translate("ProposalDialog", u"Documentos que la sustentan, p. ej. \u00abInforme N\u00b0 045-2026-GM-MDP; Informe Legal N\u00b0 210-2026-OAJ-MDP\u00bb", None))
        self.subjectCounter.setStyleSheet(QCoreApplication.translate("ProposalDialog", u"color: #555;", None))
        self.subjectCounter.setText("")
        self.referencesCounter.setStyleSheet(QCoreApplication.translate("ProposalDialog", u"color: #555;", None))
        self.referencesCounter.setText("")
        self.messageLabel.setStyleSheet(QCoreApplication.translate("ProposalDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
