# Generated from ui/proposals_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: eb4737537984b38b0049a9c5364d7a630bbab5fed96219501414f701d3683ed5
# uic: uic 6.11.3
# output-sha256: 5feae9963c06638c243396cbcada47e63b07d30c0f7eaeeaee19078ae2438cc6
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'proposals_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_ProposalsSection(object):
    def setupUi(self, ProposalsSection):
        if not ProposalsSection.objectName():
            ProposalsSection.setObjectName(u"ProposalsSection")
        ProposalsSection.resize(1100, 680)
        self.sectionLayout = QVBoxLayout(ProposalsSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(ProposalsSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(ProposalsSection)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.hintLabel)

        self.filtersGroup = QGroupBox(ProposalsSection)
        self.filtersGroup.setObjectName(u"filtersGroup")
        self.filtersLayout = QHBoxLayout(self.filtersGroup)
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.stateLabel = QLabel(self.filtersGroup)
        self.stateLabel.setObjectName(u"stateLabel")

        self.filtersLayout.addWidget(self.stateLabel)

        self.stateCombo = QComboBox(self.filtersGroup)
        self.stateCombo.setObjectName(u"stateCombo")
        self.stateCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.stateCombo)

        self.proposerLabel = QLabel(self.filtersGroup)
        self.proposerLabel.setObjectName(u"proposerLabel")

        self.filtersLayout.addWidget(self.proposerLabel)

        self.proposerCombo = QComboBox(self.filtersGroup)
        self.proposerCombo.setObjectName(u"proposerCombo")
        self.proposerCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.proposerCombo)

        self.yearLabel = QLabel(self.filtersGroup)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filtersLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(self.filtersGroup)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.yearCombo)

        self.searchLabel = QLabel(self.filtersGroup)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filtersLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.filtersGroup)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filtersLayout.addWidget(self.searchEdit)


        self.sectionLayout.addWidget(self.filtersGroup)

        self.splitter = QSplitter(ProposalsSection)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.proposalsView = QTableView(self.listPane)
        self.proposalsView.setObjectName(u"proposalsView")
        self.proposalsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.proposalsView.setAlternatingRowColors(True)
        self.proposalsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.proposalsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.proposalsView.setWordWrap(False)
        self.proposalsView.setTextElideMode(Qt.ElideRight)
        self.proposalsView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.proposalsView)

        self.statusLabel = QLabel(self.listPane)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.listLayout.addWidget(self.statusLabel)

        self.listButtonsLayout = QHBoxLayout()
        self.listButtonsLayout.setObjectName(u"listButtonsLayout")
        self.registerButton = QPushButton(self.listPane)
        self.registerButton.setObjectName(u"registerButton")
        self.registerButton.setAutoDefault(False)

        self.listButtonsLayout.addWidget(self.registerButton)

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
        self.includeButton = QPushButton(self.actionsGroup)
        self.includeButton.setObjectName(u"includeButton")
        self.includeButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.includeButton)

        self.observeButton = QPushButton(self.actionsGroup)
        self.observeButton.setObjectName(u"observeButton")
        self.observeButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.observeButton)

        self.returnButton = QPushButton(self.actionsGroup)
        self.returnButton.setObjectName(u"returnButton")
        self.returnButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.returnButton)

        self.editButton = QPushButton(self.actionsGroup)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.editButton)


        self.sideLayout.addWidget(self.actionsGroup)

        self.sideLayout.setStretch(0, 1)
        self.splitter.addWidget(self.sidePane)

        self.sectionLayout.addWidget(self.splitter)

        self.sectionLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.stateLabel.setBuddy(self.stateCombo)
        self.proposerLabel.setBuddy(self.proposerCombo)
        self.yearLabel.setBuddy(self.yearCombo)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProposalsSection)
    # setupUi

    def retranslateUi(self, ProposalsSection):
        self.titleLabel.setText(QCoreApplication.translate("ProposalsSection", u"Propuestas de agenda", None))
        self.hintLabel.setText("")
        self.filtersGroup.setTitle(QCoreApplication.translate("ProposalsSection", u"Buscar", None))
        self.stateLabel.setText(QCoreApplication.translate("ProposalsSection", u"E&stado:", None))
        self.proposerLabel.setText(QCoreApplication.translate("ProposalsSection", u"&Propone:", None))
        self.yearLabel.setText(QCoreApplication.translate("ProposalsSection", u"A&\u00f1o:", None))
        self.searchLabel.setText(QCoreApplication.translate("ProposalsSection", u"Te&xto:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ProposalsSection", u"Asunto, sustento, qui\u00e9n propone u observaci\u00f3n (sin importar tildes)", None))
        self.proposalsView.setProperty(u"emptyText", QCoreApplication.translate("ProposalsSection", u"No hay propuestas con estos filtros.", None))
#if QT_CONFIG(accessibility)
        self.proposalsView.setAccessibleName(QCoreApplication.translate("ProposalsSection", u"Propuestas", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
        self.registerButton.setText(QCoreApplication.translate("ProposalsSection", u"&Registrar propuesta\u2026", None))
        self.headingLabel.setText(QCoreApplication.translate("ProposalsSection", u"Ninguna propuesta seleccionada", None))
        self.detailLabel.setText("")
        self.actionsGroup.setTitle(QCoreApplication.translate("ProposalsSection", u"Acciones", None))
        self.includeButton.setText(QCoreApplication.translate("ProposalsSection", u"&Incluir en la agenda\u2026", None))
#if QT_CONFIG(tooltip)
        self.includeButton.setToolTip(QCoreApplication.translate("ProposalsSection", u"Agregarla como punto de la agenda de una sesi\u00f3n programada", None))
#endif // QT_CONFIG(tooltip)
        self.observeButton.setText(QCoreApplication.translate("ProposalsSection", u"&Observar\u2026", None))
#if QT_CONFIG(tooltip)
        self.observeButton.setToolTip(QCoreApplication.translate("ProposalsSection", u"Pedir a quien propone que corrija o complete la propuesta", None))
#endif // QT_CONFIG(tooltip)
        self.returnButton.setText(QCoreApplication.translate("ProposalsSection", u"&Devolver\u2026", None))
#if QT_CONFIG(tooltip)
        self.returnButton.setToolTip(QCoreApplication.translate("ProposalsSection", u"No se lleva al concejo; se anota el motivo", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("ProposalsSection", u"&Corregir\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("ProposalsSection", u"Modificar una propuesta recibida u observada; si estaba observada, vuelve a quedar recibida", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
