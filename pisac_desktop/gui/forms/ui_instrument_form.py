# Generated from ui/instrument_form.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: c393cfc43e32940d937edb5b85145919f4ca547ebf685c6dddc8548d250c88b4
# uic: uic 6.11.3
# output-sha256: 493c88c2ac399cd13719001d2d1ffb585674ee89f7f0b095701e2b9d3e42fed4
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'instrument_form.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_InstrumentFormDialog(object):
    def setupUi(self, InstrumentFormDialog):
        if not InstrumentFormDialog.objectName():
            InstrumentFormDialog.setObjectName(u"InstrumentFormDialog")
        InstrumentFormDialog.resize(940, 680)
        InstrumentFormDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(InstrumentFormDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(InstrumentFormDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.tabs = QTabWidget(InstrumentFormDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.form = QFormLayout(self.generalTab)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.kindComboLabel = QLabel(self.generalTab)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(self.generalTab)
        self.kindCombo.setObjectName(u"kindCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.kindCombo.sizePolicy().hasHeightForWidth())
        self.kindCombo.setSizePolicy(sizePolicy)
        self.kindCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.docDateEditLabel = QLabel(self.generalTab)
        self.docDateEditLabel.setObjectName(u"docDateEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.docDateEditLabel)

        self.docDateEdit = QDateEdit(self.generalTab)
        self.docDateEdit.setObjectName(u"docDateEdit")
        sizePolicy.setHeightForWidth(self.docDateEdit.sizePolicy().hasHeightForWidth())
        self.docDateEdit.setSizePolicy(sizePolicy)
        self.docDateEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.docDateEdit)

        self.summaryEditLabel = QLabel(self.generalTab)
        self.summaryEditLabel.setObjectName(u"summaryEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.summaryEditLabel)

        self.summaryEdit = QPlainTextEdit(self.generalTab)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setMaximumSize(QSize(16777215, 80))
        self.summaryEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.seenEditLabel = QLabel(self.generalTab)
        self.seenEditLabel.setObjectName(u"seenEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.seenEditLabel)

        self.seenEdit = QPlainTextEdit(self.generalTab)
        self.seenEdit.setObjectName(u"seenEdit")
        self.seenEdit.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.seenEdit)

        self.referencesEditLabel = QLabel(self.generalTab)
        self.referencesEditLabel.setObjectName(u"referencesEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.referencesEditLabel)

        self.referencesEdit = QPlainTextEdit(self.generalTab)
        self.referencesEdit.setObjectName(u"referencesEdit")
        self.referencesEdit.setMaximumSize(QSize(16777215, 64))
        self.referencesEdit.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.referencesEdit)

        self.summaryCounter = QLabel(self.generalTab)
        self.summaryCounter.setObjectName(u"summaryCounter")
        self.summaryCounter.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.summaryCounter)

        self.seenCounter = QLabel(self.generalTab)
        self.seenCounter.setObjectName(u"seenCounter")
        self.seenCounter.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.seenCounter)

        self.referencesCounter = QLabel(self.generalTab)
        self.referencesCounter.setObjectName(u"referencesCounter")
        self.referencesCounter.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.referencesCounter)

        self.delegationComboLabel = QLabel(self.generalTab)
        self.delegationComboLabel.setObjectName(u"delegationComboLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.delegationComboLabel)

        self.delegationCombo = QComboBox(self.generalTab)
        self.delegationCombo.setObjectName(u"delegationCombo")
        self.delegationCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.delegationCombo.setMinimumContentsLength(40)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.delegationCombo)

        self.delegationHintLabel = QLabel(self.generalTab)
        self.delegationHintLabel.setObjectName(u"delegationHintLabel")
        self.delegationHintLabel.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.delegationHintLabel)

        self.tabs.addTab(self.generalTab, "")
        self.whereasTab = QWidget()
        self.whereasTab.setObjectName(u"whereasTab")
        self.whereasLayout = QVBoxLayout(self.whereasTab)
        self.whereasLayout.setObjectName(u"whereasLayout")
        self.whereasHintLabel = QLabel(self.whereasTab)
        self.whereasHintLabel.setObjectName(u"whereasHintLabel")
        self.whereasHintLabel.setWordWrap(True)

        self.whereasLayout.addWidget(self.whereasHintLabel)

        self.whereasEditLabel = QLabel(self.whereasTab)
        self.whereasEditLabel.setObjectName(u"whereasEditLabel")

        self.whereasLayout.addWidget(self.whereasEditLabel)

        self.whereasEdit = QPlainTextEdit(self.whereasTab)
        self.whereasEdit.setObjectName(u"whereasEdit")
        self.whereasEdit.setTabChangesFocus(True)

        self.whereasLayout.addWidget(self.whereasEdit)

        self.whereasCounter = QLabel(self.whereasTab)
        self.whereasCounter.setObjectName(u"whereasCounter")
        self.whereasCounter.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.whereasLayout.addWidget(self.whereasCounter)

        self.legalBasisEditLabel = QLabel(self.whereasTab)
        self.legalBasisEditLabel.setObjectName(u"legalBasisEditLabel")

        self.whereasLayout.addWidget(self.legalBasisEditLabel)

        self.legalBasisEdit = QPlainTextEdit(self.whereasTab)
        self.legalBasisEdit.setObjectName(u"legalBasisEdit")
        self.legalBasisEdit.setMaximumSize(QSize(16777215, 90))
        self.legalBasisEdit.setTabChangesFocus(True)

        self.whereasLayout.addWidget(self.legalBasisEdit)

        self.legalBasisCounter = QLabel(self.whereasTab)
        self.legalBasisCounter.setObjectName(u"legalBasisCounter")
        self.legalBasisCounter.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.whereasLayout.addWidget(self.legalBasisCounter)

        self.whereasLayout.setStretch(2, 1)
        self.tabs.addTab(self.whereasTab, "")
        self.articlesTab = QWidget()
        self.articlesTab.setObjectName(u"articlesTab")
        self.articlesLayout = QVBoxLayout(self.articlesTab)
        self.articlesLayout.setObjectName(u"articlesLayout")
        self.articlesHintLabel = QLabel(self.articlesTab)
        self.articlesHintLabel.setObjectName(u"articlesHintLabel")
        self.articlesHintLabel.setWordWrap(True)

        self.articlesLayout.addWidget(self.articlesHintLabel)

        self.articlesSplitter = QSplitter(self.articlesTab)
        self.articlesSplitter.setObjectName(u"articlesSplitter")
        self.articlesSplitter.setOrientation(Qt.Horizontal)
        self.articlesSplitter.setChildrenCollapsible(False)
        self.articlesEditPane = QWidget(self.articlesSplitter)
        self.articlesEditPane.setObjectName(u"articlesEditPane")
        self.articlesEditLayout = QVBoxLayout(self.articlesEditPane)
        self.articlesEditLayout.setObjectName(u"articlesEditLayout")
        self.articlesEditLayout.setContentsMargins(0, 0, 0, 0)
        self.articlesEditLabel = QLabel(self.articlesEditPane)
        self.articlesEditLabel.setObjectName(u"articlesEditLabel")

        self.articlesEditLayout.addWidget(self.articlesEditLabel)

        self.articlesEdit = QPlainTextEdit(self.articlesEditPane)
        self.articlesEdit.setObjectName(u"articlesEdit")
        self.articlesEdit.setTabChangesFocus(True)

        self.articlesEditLayout.addWidget(self.articlesEdit)

        self.articlesCounter = QLabel(self.articlesEditPane)
        self.articlesCounter.setObjectName(u"articlesCounter")
        self.articlesCounter.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.articlesEditLayout.addWidget(self.articlesCounter)

        self.articlesSplitter.addWidget(self.articlesEditPane)
        self.articlesPreviewPane = QWidget(self.articlesSplitter)
        self.articlesPreviewPane.setObjectName(u"articlesPreviewPane")
        self.articlesPreviewLayout = QVBoxLayout(self.articlesPreviewPane)
        self.articlesPreviewLayout.setObjectName(u"articlesPreviewLayout")
        self.articlesPreviewLayout.setContentsMargins(0, 0, 0, 0)
        self.articlesPreviewLabel = QLabel(self.articlesPreviewPane)
        self.articlesPreviewLabel.setObjectName(u"articlesPreviewLabel")

        self.articlesPreviewLayout.addWidget(self.articlesPreviewLabel)

        self.articlesPreview = QListWidget(self.articlesPreviewPane)
        self.articlesPreview.setObjectName(u"articlesPreview")
        self.articlesPreview.setFocusPolicy(Qt.NoFocus)
        self.articlesPreview.setSelectionMode(QAbstractItemView.NoSelection)
        self.articlesPreview.setWordWrap(True)
        self.articlesPreview.setSpacing(4)
        self.articlesPreview.setTextElideMode(Qt.ElideNone)

        self.articlesPreviewLayout.addWidget(self.articlesPreview)

        self.articlesSplitter.addWidget(self.articlesPreviewPane)

        self.articlesLayout.addWidget(self.articlesSplitter)

        self.articlesLayout.setStretch(1, 1)
        self.tabs.addTab(self.articlesTab, "")
        self.unitsTab = QWidget()
        self.unitsTab.setObjectName(u"unitsTab")
        self.unitsLayout = QVBoxLayout(self.unitsTab)
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.unitsHintLabel = QLabel(self.unitsTab)
        self.unitsHintLabel.setObjectName(u"unitsHintLabel")
        self.unitsHintLabel.setWordWrap(True)

        self.unitsLayout.addWidget(self.unitsHintLabel)

        self.unitsList = QListWidget(self.unitsTab)
        self.unitsList.setObjectName(u"unitsList")
        self.unitsList.setAlternatingRowColors(True)

        self.unitsLayout.addWidget(self.unitsList)

        self.unitsLayout.setStretch(1, 1)
        self.tabs.addTab(self.unitsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.problemsLabel = QLabel(InstrumentFormDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setTextFormat(Qt.RichText)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.messageLabel = QLabel(InstrumentFormDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.saveButton = QPushButton(InstrumentFormDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveButton)

        self.issueButton = QPushButton(InstrumentFormDialog)
        self.issueButton.setObjectName(u"issueButton")
        self.issueButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.issueButton)

        self.printOnIssueCheck = QCheckBox(InstrumentFormDialog)
        self.printOnIssueCheck.setObjectName(u"printOnIssueCheck")
        self.printOnIssueCheck.setChecked(True)

        self.buttonsLayout.addWidget(self.printOnIssueCheck)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.documentCounter = QLabel(InstrumentFormDialog)
        self.documentCounter.setObjectName(u"documentCounter")

        self.buttonsLayout.addWidget(self.documentCounter)

        self.cancelButton = QPushButton(InstrumentFormDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.docDateEditLabel.setBuddy(self.docDateEdit)
        self.summaryEditLabel.setBuddy(self.summaryEdit)
        self.seenEditLabel.setBuddy(self.seenEdit)
        self.referencesEditLabel.setBuddy(self.referencesEdit)
        self.delegationComboLabel.setBuddy(self.delegationCombo)
        self.whereasEditLabel.setBuddy(self.whereasEdit)
        self.legalBasisEditLabel.setBuddy(self.legalBasisEdit)
        self.articlesEditLabel.setBuddy(self.articlesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InstrumentFormDialog)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, InstrumentFormDialog):
        InstrumentFormDialog.setWindowTitle(QCoreApplication.translate("InstrumentFormDialog", u"Borrador", None))
        self.headingLabel.setText("")
        self.kindComboLabel.setText(QCoreApplication.translate("InstrumentFormDialog", u"&Tipo de documento:", None))
        self.docDateEditLabel.setText(QCoreApplication.translate("InstrumentFormDialog", u"&Fecha:", None))
        self.docDateEdit.setDisplayFormat(QCoreApplication.translate("InstrumentFormDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(tooltip)
        self.docDateEdit.setToolTip(QCoreApplication.translate("InstrumentFormDialog", u"La fecha del documento: decide el a\u00f1o de su numeraci\u00f3n y qui\u00e9n lo firma", None))
#endif // QT_CONFIG(tooltip)
        self.summaryEditLabel.setText(QCoreApplication.translate("InstrumentFormDialog", u"&Sumilla:", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("InstrumentFormDialog", u"De qu\u00e9 trata, en una o dos l\u00edneas: p. ej. \u00abDesignar a la responsable de la Oficina de Registro Civil\u00bb", None))
        self.seenEditLabel.setText(QCoreApplication.translate("InstrumentFormDialog", u"&VISTO:", None))
        self.seenEdit.setPlaceholderText(QCoreApplication.translate("InstrumentFormDialog", u"Los documentos que lo sustentan: expediente, informes, memorandos\u2026", None))
        self.referencesEditLabel.setText(QCoreApplication.translate("InstrumentFormDialog", u"Referenc&ias:", None))
        self.referencesEdit.setPlaceholderText(QCoreApplication.translate("InstrumentFormDialog", u"Expediente u otros documentos relacionados (opcional)", None))
        self.summaryCounter.setStyleSheet(QCoreApplication.translate("InstrumentFormDialog", u"color: #555;", None))
        self.summaryCounter.setText("")
        self.seenCounter.setStyleSheet(QCoreApplication.translate("InstrumentFormDialog", u"color: #555;", None))
        self.seenCounter.setText("")
        self.referencesCounter.setStyleSheet(QCoreApplication.translate("InstrumentFormDialog", u"color: #555;", None))
        self.referencesCounter.setText("")
        self.delegationComboLabel.setText(QCoreApplication.translate("InstrumentFormDialog", u"De&legaci\u00f3n:", None))
#if QT_CONFIG(tooltip)
        self.delegationCombo.setToolTip(QCoreApplication.translate("InstrumentFormDialog", u"La Resoluci\u00f3n de Alcald\u00eda que deleg\u00f3 la facultad en la Gerencia Municipal (Ley N\u00b0 27972, art. 20 num. 20; TUO de la Ley N\u00b0 27444, art. 78). Al elegirla, la base legal la cita.", None))
#endif // QT_CONFIG(tooltip)
        self.delegationHintLabel.setStyleSheet(QCoreApplication.translate("InstrumentFormDialog", u"color: #555;", None))
        self.delegationHintLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("InstrumentFormDialog", u"&Datos generales", None))
        self.whereasHintLabel.setStyleSheet(QCoreApplication.translate("InstrumentFormDialog", u"color: #444;", None))
        self.whereasHintLabel.setText(QCoreApplication.translate("InstrumentFormDialog", u"Separe los p\u00e1rrafos con una l\u00ednea en blanco. Cada p\u00e1rrafo del CONSIDERANDO empieza normalmente con \u00abQue, ...\u00bb.", None))
        self.whereasEditLabel.setText(QCoreApplication.translate("InstrumentFormDialog", u"CONSIDERAND&O:", None))
        self.whereasCounter.setStyleSheet(QCoreApplication.translate("InstrumentFormDialog", u"color: #555;", None))
        self.whereasCounter.setText("")
        self.legalBasisEditLabel.setText(QCoreApplication.translate("InstrumentFormDialog", u"&Base legal (p\u00e1rrafo \u00abEstando a lo expuesto\u2026\u00bb):", None))
        self.legalBasisCounter.setStyleSheet(QCoreApplication.translate("InstrumentFormDialog", u"color: #555;", None))
        self.legalBasisCounter.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.whereasTab), QCoreApplication.translate("InstrumentFormDialog", u"&Considerando", None))
        self.articlesHintLabel.setStyleSheet(QCoreApplication.translate("InstrumentFormDialog", u"color: #444;", None))
        self.articlesHintLabel.setText(QCoreApplication.translate("InstrumentFormDialog", u"Un art\u00edculo por p\u00e1rrafo; separe los p\u00e1rrafos con una l\u00ednea en blanco. No escriba \u00abART\u00cdCULO PRIMERO.-\u00bb: la numeraci\u00f3n se pone sola, como se ve a la derecha.", None))
        self.articlesEditLabel.setText(QCoreApplication.translate("InstrumentFormDialog", u"SE RESUEL&VE:", None))
        self.articlesEdit.setPlaceholderText(QCoreApplication.translate("InstrumentFormDialog", u"DESIGNAR, a partir de la fecha, a \u2026\n"
"\n"
"ENCARGAR a la Gerencia Municipal el cumplimiento de la presente resoluci\u00f3n.", None))
        self.articlesCounter.setStyleSheet(QCoreApplication.translate("InstrumentFormDialog", u"color: #555;", None))
        self.articlesCounter.setText("")
        self.articlesPreviewLabel.setText(QCoreApplication.translate("InstrumentFormDialog", u"As\u00ed quedar\u00e1 la numeraci\u00f3n:", None))
#if QT_CONFIG(accessibility)
        self.articlesPreview.setAccessibleName(QCoreApplication.translate("InstrumentFormDialog", u"Numeraci\u00f3n de los art\u00edculos", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.articlesTab), QCoreApplication.translate("InstrumentFormDialog", u"Se &resuelve", None))
        self.unitsHintLabel.setStyleSheet(QCoreApplication.translate("InstrumentFormDialog", u"color: #444;", None))
        self.unitsHintLabel.setText(QCoreApplication.translate("InstrumentFormDialog", u"Marque las unidades org\u00e1nicas encargadas de cumplir el documento: se les distribuye y cada una firma su cargo de recepci\u00f3n.", None))
#if QT_CONFIG(accessibility)
        self.unitsList.setAccessibleName(QCoreApplication.translate("InstrumentFormDialog", u"Unidades a notificar", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.unitsTab), QCoreApplication.translate("InstrumentFormDialog", u"&Notificar a", None))
        self.problemsLabel.setStyleSheet(QCoreApplication.translate("InstrumentFormDialog", u"background: #fdecea; color: #7a1a12; border: 1px solid #e6a39b; border-radius: 3px; padding: 6px;", None))
        self.problemsLabel.setText("")
        self.messageLabel.setStyleSheet(QCoreApplication.translate("InstrumentFormDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("InstrumentFormDialog", u"&Guardar borrador", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("InstrumentFormDialog", u"Guardar y cerrar; el borrador no tiene n\u00famero y se puede seguir corrigiendo", None))
#endif // QT_CONFIG(tooltip)
        self.issueButton.setText(QCoreApplication.translate("InstrumentFormDialog", u"&Emitir\u2026", None))
#if QT_CONFIG(tooltip)
        self.issueButton.setToolTip(QCoreApplication.translate("InstrumentFormDialog", u"Guardar, revisar que no falte nada y dar el n\u00famero del a\u00f1o", None))
#endif // QT_CONFIG(tooltip)
        self.printOnIssueCheck.setText(QCoreApplication.translate("InstrumentFormDialog", u"Im&primir al emitir", None))
#if QT_CONFIG(tooltip)
        self.printOnIssueCheck.setToolTip(QCoreApplication.translate("InstrumentFormDialog", u"Al emitirse, se abre la vista previa del documento ya numerado, lista para imprimir", None))
#endif // QT_CONFIG(tooltip)
        self.documentCounter.setStyleSheet(QCoreApplication.translate("InstrumentFormDialog", u"color: #555;", None))
#if QT_CONFIG(tooltip)
        self.documentCounter.setToolTip(QCoreApplication.translate("InstrumentFormDialog", u"Todo lo que dice el documento, sumado: sumilla, VISTO, CONSIDERANDO, base legal, art\u00edculos y referencias", None))
#endif // QT_CONFIG(tooltip)
        self.documentCounter.setText("")
        self.cancelButton.setText(QCoreApplication.translate("InstrumentFormDialog", u"Cancelar", None))
    # retranslateUi
