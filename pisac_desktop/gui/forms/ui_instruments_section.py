# Generated from ui/instruments_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 59635291a897e3b59a299098d53495b425f943a03bc3f6c42553892e05a330ea
# uic: uic 6.11.3
# output-sha256: de171a5b84d82ad1ce93647436d5fe04175b6eacfbbd8fa63caf6c70410d28e0
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'instruments_section.ui'
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
    QDateEdit, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_InstrumentsSection(object):
    def setupUi(self, InstrumentsSection):
        if not InstrumentsSection.objectName():
            InstrumentsSection.setObjectName(u"InstrumentsSection")
        InstrumentsSection.resize(1100, 680)
        self.sectionLayout = QVBoxLayout(InstrumentsSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(InstrumentsSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(InstrumentsSection)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.hintLabel)

        self.filtersGroup = QGroupBox(InstrumentsSection)
        self.filtersGroup.setObjectName(u"filtersGroup")
        self.filtersLayout = QGridLayout(self.filtersGroup)
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.kindLabel = QLabel(self.filtersGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filtersLayout.addWidget(self.kindLabel, 0, 0, 1, 1)

        self.kindCombo = QComboBox(self.filtersGroup)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.kindCombo, 0, 1, 1, 1)

        self.yearLabel = QLabel(self.filtersGroup)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filtersLayout.addWidget(self.yearLabel, 0, 2, 1, 1)

        self.yearCombo = QComboBox(self.filtersGroup)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.yearCombo, 0, 3, 1, 1)

        self.stateLabel = QLabel(self.filtersGroup)
        self.stateLabel.setObjectName(u"stateLabel")

        self.filtersLayout.addWidget(self.stateLabel, 0, 4, 1, 1)

        self.stateCombo = QComboBox(self.filtersGroup)
        self.stateCombo.setObjectName(u"stateCombo")
        self.stateCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.stateCombo, 0, 5, 1, 1)

        self.datesCheck = QCheckBox(self.filtersGroup)
        self.datesCheck.setObjectName(u"datesCheck")

        self.filtersLayout.addWidget(self.datesCheck, 0, 6, 1, 1)

        self.fromDateEdit = QDateEdit(self.filtersGroup)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setEnabled(False)
        self.fromDateEdit.setCalendarPopup(True)

        self.filtersLayout.addWidget(self.fromDateEdit, 0, 7, 1, 1)

        self.toDateLabel = QLabel(self.filtersGroup)
        self.toDateLabel.setObjectName(u"toDateLabel")

        self.filtersLayout.addWidget(self.toDateLabel, 0, 8, 1, 1)

        self.toDateEdit = QDateEdit(self.filtersGroup)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setEnabled(False)
        self.toDateEdit.setCalendarPopup(True)

        self.filtersLayout.addWidget(self.toDateEdit, 0, 9, 1, 1)

        self.filtersSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.filtersSpacer, 0, 10, 1, 1)

        self.searchLabel = QLabel(self.filtersGroup)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filtersLayout.addWidget(self.searchLabel, 1, 0, 1, 1)

        self.searchEdit = QLineEdit(self.filtersGroup)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filtersLayout.addWidget(self.searchEdit, 1, 1, 1, 9)

        self.clearFiltersButton = QPushButton(self.filtersGroup)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")
        self.clearFiltersButton.setAutoDefault(False)

        self.filtersLayout.addWidget(self.clearFiltersButton, 1, 10, 1, 1)


        self.sectionLayout.addWidget(self.filtersGroup)

        self.splitter = QSplitter(InstrumentsSection)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.instrumentsView = QTableView(self.listPane)
        self.instrumentsView.setObjectName(u"instrumentsView")
        self.instrumentsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.instrumentsView.setAlternatingRowColors(True)
        self.instrumentsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.instrumentsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.instrumentsView.setWordWrap(False)
        self.instrumentsView.setTextElideMode(Qt.ElideRight)
        self.instrumentsView.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.instrumentsView.horizontalHeader().setStretchLastSection(False)
        self.instrumentsView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.instrumentsView)

        self.statusLabel = QLabel(self.listPane)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.listLayout.addWidget(self.statusLabel)

        self.listButtonsLayout = QHBoxLayout()
        self.listButtonsLayout.setObjectName(u"listButtonsLayout")
        self.newDraftButton = QPushButton(self.listPane)
        self.newDraftButton.setObjectName(u"newDraftButton")
        self.newDraftButton.setAutoDefault(False)

        self.listButtonsLayout.addWidget(self.newDraftButton)

        self.listButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtonsLayout.addItem(self.listButtonsSpacer)


        self.listLayout.addLayout(self.listButtonsLayout)

        self.splitter.addWidget(self.listPane)
        self.sidePane = QWidget(self.splitter)
        self.sidePane.setObjectName(u"sidePane")
        self.sidePane.setMinimumWidth(330)
        self.sideLayout = QVBoxLayout(self.sidePane)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.detailScroll = QScrollArea(self.sidePane)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setWidgetResizable(True)
        self.detailScroll.setFrameShape(QFrame.NoFrame)
        self.detailPane = QWidget()
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(6, 0, 0, 0)
        self.headingLabel = QLabel(self.detailPane)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailLayout.addWidget(self.headingLabel)

        self.warningLabel = QLabel(self.detailPane)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.warningLabel)

        self.detailLabel = QLabel(self.detailPane)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextFormat(Qt.RichText)
        self.detailLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.detailLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailLayout.addWidget(self.detailLabel)

        self.detailSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailSpacer)

        self.detailScroll.setWidget(self.detailPane)

        self.sideLayout.addWidget(self.detailScroll)

        self.actionsGroup = QGroupBox(self.sidePane)
        self.actionsGroup.setObjectName(u"actionsGroup")
        self.actionsLayout = QVBoxLayout(self.actionsGroup)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.editDraftButton = QPushButton(self.actionsGroup)
        self.editDraftButton.setObjectName(u"editDraftButton")
        self.editDraftButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.editDraftButton)

        self.issueButton = QPushButton(self.actionsGroup)
        self.issueButton.setObjectName(u"issueButton")
        self.issueButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.issueButton)

        self.annulButton = QPushButton(self.actionsGroup)
        self.annulButton.setObjectName(u"annulButton")
        self.annulButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.annulButton)

        self.certifyButton = QPushButton(self.actionsGroup)
        self.certifyButton.setObjectName(u"certifyButton")
        self.certifyButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.certifyButton)

        self.publishButton = QPushButton(self.actionsGroup)
        self.publishButton.setObjectName(u"publishButton")
        self.publishButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.publishButton)

        self.receiptButton = QPushButton(self.actionsGroup)
        self.receiptButton.setObjectName(u"receiptButton")
        self.receiptButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.receiptButton)

        self.previewButton = QPushButton(self.actionsGroup)
        self.previewButton.setObjectName(u"previewButton")
        self.previewButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.previewButton)


        self.sideLayout.addWidget(self.actionsGroup)

        self.sideLayout.setStretch(0, 1)
        self.splitter.addWidget(self.sidePane)

        self.sectionLayout.addWidget(self.splitter)

        self.sectionLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.yearLabel.setBuddy(self.yearCombo)
        self.stateLabel.setBuddy(self.stateCombo)
        self.toDateLabel.setBuddy(self.toDateEdit)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InstrumentsSection)
    # setupUi

    def retranslateUi(self, InstrumentsSection):
        self.titleLabel.setText(QCoreApplication.translate("InstrumentsSection", u"Normas y resoluciones", None))
        self.hintLabel.setText("")
        self.filtersGroup.setTitle(QCoreApplication.translate("InstrumentsSection", u"Buscar", None))
        self.kindLabel.setText(QCoreApplication.translate("InstrumentsSection", u"&Tipo:", None))
        self.yearLabel.setText(QCoreApplication.translate("InstrumentsSection", u"A&\u00f1o:", None))
        self.stateLabel.setText(QCoreApplication.translate("InstrumentsSection", u"E&stado:", None))
        self.datesCheck.setText(QCoreApplication.translate("InstrumentsSection", u"&Fechas del", None))
#if QT_CONFIG(tooltip)
        self.datesCheck.setToolTip(QCoreApplication.translate("InstrumentsSection", u"Marque para ver solo los documentos fechados entre estos dos d\u00edas (incluidos)", None))
#endif // QT_CONFIG(tooltip)
        self.fromDateEdit.setDisplayFormat(QCoreApplication.translate("InstrumentsSection", u"dd/MM/yyyy", None))
#if QT_CONFIG(tooltip)
        self.fromDateEdit.setToolTip(QCoreApplication.translate("InstrumentsSection", u"Primer d\u00eda incluido", None))
#endif // QT_CONFIG(tooltip)
        self.toDateLabel.setText(QCoreApplication.translate("InstrumentsSection", u"al", None))
        self.toDateEdit.setDisplayFormat(QCoreApplication.translate("InstrumentsSection", u"dd/MM/yyyy", None))
#if QT_CONFIG(tooltip)
        self.toDateEdit.setToolTip(QCoreApplication.translate("InstrumentsSection", u"\u00daltimo d\u00eda incluido", None))
#endif // QT_CONFIG(tooltip)
        self.searchLabel.setText(QCoreApplication.translate("InstrumentsSection", u"Te&xto:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("InstrumentsSection", u"N\u00famero, sumilla o cualquier palabra del texto (no importan las tildes ni las may\u00fasculas)", None))
        self.clearFiltersButton.setText(QCoreApplication.translate("InstrumentsSection", u"&Limpiar", None))
#if QT_CONFIG(tooltip)
        self.clearFiltersButton.setToolTip(QCoreApplication.translate("InstrumentsSection", u"Quitar todos los filtros", None))
#endif // QT_CONFIG(tooltip)
        self.instrumentsView.setProperty(u"emptyText", QCoreApplication.translate("InstrumentsSection", u"Ning\u00fan documento coincide. Pulse \u00abLimpiar\u00bb para ver todos, o redacte uno con \u00abNuevo borrador\u00bb (Ctrl+N).", None))
#if QT_CONFIG(accessibility)
        self.instrumentsView.setAccessibleName(QCoreApplication.translate("InstrumentsSection", u"Documentos", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
        self.newDraftButton.setText(QCoreApplication.translate("InstrumentsSection", u"&Nuevo borrador", None))
#if QT_CONFIG(tooltip)
        self.newDraftButton.setToolTip(QCoreApplication.translate("InstrumentsSection", u"Redactar un documento nuevo; recibe su n\u00famero al emitirse", None))
#endif // QT_CONFIG(tooltip)
        self.headingLabel.setText(QCoreApplication.translate("InstrumentsSection", u"Ning\u00fan documento seleccionado", None))
        self.warningLabel.setStyleSheet(QCoreApplication.translate("InstrumentsSection", u"background: #fff3cd; color: #664d03; border: 1px solid #e0b84a; border-radius: 3px; padding: 6px;", None))
        self.warningLabel.setText("")
        self.detailLabel.setText(QCoreApplication.translate("InstrumentsSection", u"Elija un documento de la lista para ver su estado y lo que se hizo con \u00e9l.", None))
        self.actionsGroup.setTitle(QCoreApplication.translate("InstrumentsSection", u"Acciones", None))
        self.editDraftButton.setText(QCoreApplication.translate("InstrumentsSection", u"Abrir / e&ditar borrador", None))
        self.issueButton.setText(QCoreApplication.translate("InstrumentsSection", u"&Emitir\u2026", None))
#if QT_CONFIG(tooltip)
        self.issueButton.setToolTip(QCoreApplication.translate("InstrumentsSection", u"Dar al borrador su n\u00famero del a\u00f1o; despu\u00e9s ya no se modifica", None))
#endif // QT_CONFIG(tooltip)
        self.annulButton.setText(QCoreApplication.translate("InstrumentsSection", u"An&ular\u2026", None))
#if QT_CONFIG(tooltip)
        self.annulButton.setToolTip(QCoreApplication.translate("InstrumentsSection", u"El documento deja de valer y conserva su n\u00famero", None))
#endif // QT_CONFIG(tooltip)
        self.certifyButton.setText(QCoreApplication.translate("InstrumentsSection", u"Certificar c&opia\u2026", None))
        self.publishButton.setText(QCoreApplication.translate("InstrumentsSection", u"Registrar &publicaci\u00f3n\u2026", None))
        self.receiptButton.setText(QCoreApplication.translate("InstrumentsSection", u"Registrar cargo de &recepci\u00f3n\u2026", None))
#if QT_CONFIG(tooltip)
        self.receiptButton.setToolTip(QCoreApplication.translate("InstrumentsSection", u"Anotar qui\u00e9n recibi\u00f3 el documento en una unidad org\u00e1nica, y cu\u00e1ndo", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("InstrumentsSection", u"&Vista previa e impresi\u00f3n\u2026", None))
        pass
    # retranslateUi
