# Generated from ui/institution_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 30a5d4eb879403885ec1c97f359c9240a4dfa9655d0c6e961c386fbf0e44efe2
# uic: uic 6.11.3
# output-sha256: e027296cda031610afb49099e57c4255309b43439cfdd68aa5bdddaed61418b2
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'institution_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_InstitutionDialog(object):
    def setupUi(self, InstitutionDialog):
        if not InstitutionDialog.objectName():
            InstitutionDialog.setObjectName(u"InstitutionDialog")
        InstitutionDialog.resize(960, 640)
        self.dialogLayout = QVBoxLayout(InstitutionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.settingsTabs = QTabWidget(InstitutionDialog)
        self.settingsTabs.setObjectName(u"settingsTabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalForm = QFormLayout(self.generalTab)
        self.generalForm.setObjectName(u"generalForm")
        self.nameLabel = QLabel(self.generalTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.generalTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.initialsLabel = QLabel(self.generalTab)
        self.initialsLabel.setObjectName(u"initialsLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.initialsLabel)

        self.initialsEdit = QLineEdit(self.generalTab)
        self.initialsEdit.setObjectName(u"initialsEdit")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.initialsEdit)

        self.rucLabel = QLabel(self.generalTab)
        self.rucLabel.setObjectName(u"rucLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rucLabel)

        self.rucEdit = QLineEdit(self.generalTab)
        self.rucEdit.setObjectName(u"rucEdit")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rucEdit)

        self.addressLabel = QLabel(self.generalTab)
        self.addressLabel.setObjectName(u"addressLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.generalTab)
        self.addressEdit.setObjectName(u"addressEdit")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.cityLabel = QLabel(self.generalTab)
        self.cityLabel.setObjectName(u"cityLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(self.generalTab)
        self.cityEdit.setObjectName(u"cityEdit")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.provinceLabel = QLabel(self.generalTab)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.provinceLabel)

        self.provinceEdit = QLineEdit(self.generalTab)
        self.provinceEdit.setObjectName(u"provinceEdit")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.provinceEdit)

        self.departmentLabel = QLabel(self.generalTab)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentEdit = QLineEdit(self.generalTab)
        self.departmentEdit.setObjectName(u"departmentEdit")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.phoneLabel = QLabel(self.generalTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.generalTab)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.generalTab)
        self.emailLabel.setObjectName(u"emailLabel")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.generalTab)
        self.emailEdit.setObjectName(u"emailEdit")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.websiteLabel = QLabel(self.generalTab)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteEdit = QLineEdit(self.generalTab)
        self.websiteEdit.setObjectName(u"websiteEdit")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.websiteEdit)

        self.crestTitleLabel = QLabel(self.generalTab)
        self.crestTitleLabel.setObjectName(u"crestTitleLabel")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.crestTitleLabel)

        self.crestLayout = QHBoxLayout()
        self.crestLayout.setObjectName(u"crestLayout")
        self.crestPreview = QLabel(self.generalTab)
        self.crestPreview.setObjectName(u"crestPreview")
        self.crestPreview.setMinimumSize(QSize(96, 96))
        self.crestPreview.setMaximumSize(QSize(96, 96))
        self.crestPreview.setFrameShape(QFrame.StyledPanel)
        self.crestPreview.setAlignment(Qt.AlignCenter)

        self.crestLayout.addWidget(self.crestPreview, 0, Qt.AlignTop)

        self.crestButtons = QVBoxLayout()
        self.crestButtons.setObjectName(u"crestButtons")
        self.loadCrestButton = QPushButton(self.generalTab)
        self.loadCrestButton.setObjectName(u"loadCrestButton")

        self.crestButtons.addWidget(self.loadCrestButton)

        self.removeCrestButton = QPushButton(self.generalTab)
        self.removeCrestButton.setObjectName(u"removeCrestButton")

        self.crestButtons.addWidget(self.removeCrestButton)

        self.crestSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.crestButtons.addItem(self.crestSpacer)


        self.crestLayout.addLayout(self.crestButtons)

        self.crestHSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.crestLayout.addItem(self.crestHSpacer)


        self.generalForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.crestLayout)

        self.settingsTabs.addTab(self.generalTab, "")
        self.yearsTab = QWidget()
        self.yearsTab.setObjectName(u"yearsTab")
        self.yearsTabLayout = QVBoxLayout(self.yearsTab)
        self.yearsTabLayout.setObjectName(u"yearsTabLayout")
        self.yearsTabHint = QLabel(self.yearsTab)
        self.yearsTabHint.setObjectName(u"yearsTabHint")
        self.yearsTabHint.setWordWrap(True)

        self.yearsTabLayout.addWidget(self.yearsTabHint)

        self.yearNamesView = QTableView(self.yearsTab)
        self.yearNamesView.setObjectName(u"yearNamesView")
        self.yearNamesView.setAlternatingRowColors(True)
        self.yearNamesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.yearNamesView.setSelectionMode(QAbstractItemView.SingleSelection)

        self.yearsTabLayout.addWidget(self.yearNamesView)

        self.yearsTabButtons = QHBoxLayout()
        self.yearsTabButtons.setObjectName(u"yearsTabButtons")
        self.addYearButton = QPushButton(self.yearsTab)
        self.addYearButton.setObjectName(u"addYearButton")

        self.yearsTabButtons.addWidget(self.addYearButton)

        self.removeYearButton = QPushButton(self.yearsTab)
        self.removeYearButton.setObjectName(u"removeYearButton")

        self.yearsTabButtons.addWidget(self.removeYearButton)

        self.yearsTabSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearsTabButtons.addItem(self.yearsTabSpacer)


        self.yearsTabLayout.addLayout(self.yearsTabButtons)

        self.settingsTabs.addTab(self.yearsTab, "")
        self.unitsTab = QWidget()
        self.unitsTab.setObjectName(u"unitsTab")
        self.unitsTabLayout = QVBoxLayout(self.unitsTab)
        self.unitsTabLayout.setObjectName(u"unitsTabLayout")
        self.unitsTabHint = QLabel(self.unitsTab)
        self.unitsTabHint.setObjectName(u"unitsTabHint")
        self.unitsTabHint.setWordWrap(True)

        self.unitsTabLayout.addWidget(self.unitsTabHint)

        self.orgUnitsView = QTableView(self.unitsTab)
        self.orgUnitsView.setObjectName(u"orgUnitsView")
        self.orgUnitsView.setAlternatingRowColors(True)
        self.orgUnitsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.orgUnitsView.setSelectionMode(QAbstractItemView.SingleSelection)

        self.unitsTabLayout.addWidget(self.orgUnitsView)

        self.unitsTabButtons = QHBoxLayout()
        self.unitsTabButtons.setObjectName(u"unitsTabButtons")
        self.addUnitButton = QPushButton(self.unitsTab)
        self.addUnitButton.setObjectName(u"addUnitButton")

        self.unitsTabButtons.addWidget(self.addUnitButton)

        self.toggleUnitButton = QPushButton(self.unitsTab)
        self.toggleUnitButton.setObjectName(u"toggleUnitButton")

        self.unitsTabButtons.addWidget(self.toggleUnitButton)

        self.removeUnitButton = QPushButton(self.unitsTab)
        self.removeUnitButton.setObjectName(u"removeUnitButton")

        self.unitsTabButtons.addWidget(self.removeUnitButton)

        self.moveUnitUpButton = QPushButton(self.unitsTab)
        self.moveUnitUpButton.setObjectName(u"moveUnitUpButton")

        self.unitsTabButtons.addWidget(self.moveUnitUpButton)

        self.moveUnitDownButton = QPushButton(self.unitsTab)
        self.moveUnitDownButton.setObjectName(u"moveUnitDownButton")

        self.unitsTabButtons.addWidget(self.moveUnitDownButton)

        self.unitsTabSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unitsTabButtons.addItem(self.unitsTabSpacer)


        self.unitsTabLayout.addLayout(self.unitsTabButtons)

        self.settingsTabs.addTab(self.unitsTab, "")
        self.holdersTab = QWidget()
        self.holdersTab.setObjectName(u"holdersTab")
        self.holdersTabLayout = QVBoxLayout(self.holdersTab)
        self.holdersTabLayout.setObjectName(u"holdersTabLayout")
        self.holdersTabHint = QLabel(self.holdersTab)
        self.holdersTabHint.setObjectName(u"holdersTabHint")
        self.holdersTabHint.setWordWrap(True)

        self.holdersTabLayout.addWidget(self.holdersTabHint)

        self.officeholdersView = QTableView(self.holdersTab)
        self.officeholdersView.setObjectName(u"officeholdersView")
        self.officeholdersView.setAlternatingRowColors(True)
        self.officeholdersView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.officeholdersView.setSelectionMode(QAbstractItemView.SingleSelection)

        self.holdersTabLayout.addWidget(self.officeholdersView)

        self.holdersTabButtons = QHBoxLayout()
        self.holdersTabButtons.setObjectName(u"holdersTabButtons")
        self.addHolderButton = QPushButton(self.holdersTab)
        self.addHolderButton.setObjectName(u"addHolderButton")

        self.holdersTabButtons.addWidget(self.addHolderButton)

        self.removeHolderButton = QPushButton(self.holdersTab)
        self.removeHolderButton.setObjectName(u"removeHolderButton")

        self.holdersTabButtons.addWidget(self.removeHolderButton)

        self.holdersTabSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.holdersTabButtons.addItem(self.holdersTabSpacer)


        self.holdersTabLayout.addLayout(self.holdersTabButtons)

        self.settingsTabs.addTab(self.holdersTab, "")

        self.dialogLayout.addWidget(self.settingsTabs)

        self.errorSummaryLabel = QLabel(InstitutionDialog)
        self.errorSummaryLabel.setObjectName(u"errorSummaryLabel")
        self.errorSummaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummaryLabel)

        self.buttonBox = QDialogButtonBox(InstitutionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.initialsLabel.setBuddy(self.initialsEdit)
        self.rucLabel.setBuddy(self.rucEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.provinceLabel.setBuddy(self.provinceEdit)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.websiteLabel.setBuddy(self.websiteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.initialsEdit)
        QWidget.setTabOrder(self.initialsEdit, self.rucEdit)
        QWidget.setTabOrder(self.rucEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.provinceEdit)
        QWidget.setTabOrder(self.provinceEdit, self.departmentEdit)
        QWidget.setTabOrder(self.departmentEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.websiteEdit)

        self.retranslateUi(InstitutionDialog)

        self.settingsTabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, InstitutionDialog):
        InstitutionDialog.setWindowTitle(QCoreApplication.translate("InstitutionDialog", u"Datos de la instituci\u00f3n", None))
        self.nameLabel.setText(QCoreApplication.translate("InstitutionDialog", u"&Nombre de la instituci\u00f3n:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("InstitutionDialog", u"Municipalidad Distrital de Pisac", None))
        self.initialsLabel.setText(QCoreApplication.translate("InstitutionDialog", u"&Siglas para los n\u00fameros:", None))
        self.initialsEdit.setPlaceholderText(QCoreApplication.translate("InstitutionDialog", u"MDP", None))
        self.rucLabel.setText(QCoreApplication.translate("InstitutionDialog", u"&RUC:", None))
        self.rucEdit.setPlaceholderText(QCoreApplication.translate("InstitutionDialog", u"11 d\u00edgitos", None))
        self.addressLabel.setText(QCoreApplication.translate("InstitutionDialog", u"&Direcci\u00f3n:", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("InstitutionDialog", u"Plaza de Armas s/n", None))
        self.cityLabel.setText(QCoreApplication.translate("InstitutionDialog", u"&Ciudad (lugar de los documentos):", None))
        self.cityEdit.setPlaceholderText(QCoreApplication.translate("InstitutionDialog", u"Pisac", None))
        self.provinceLabel.setText(QCoreApplication.translate("InstitutionDialog", u"&Provincia:", None))
        self.provinceEdit.setPlaceholderText(QCoreApplication.translate("InstitutionDialog", u"Calca", None))
        self.departmentLabel.setText(QCoreApplication.translate("InstitutionDialog", u"De&partamento:", None))
        self.departmentEdit.setPlaceholderText(QCoreApplication.translate("InstitutionDialog", u"Cusco", None))
        self.phoneLabel.setText(QCoreApplication.translate("InstitutionDialog", u"&Tel\u00e9fono:", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("InstitutionDialog", u"084 203015", None))
        self.emailLabel.setText(QCoreApplication.translate("InstitutionDialog", u"Correo &electr\u00f3nico:", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("InstitutionDialog", u"mesadepartes@...", None))
        self.websiteLabel.setText(QCoreApplication.translate("InstitutionDialog", u"Portal &web:", None))
        self.websiteEdit.setPlaceholderText(QCoreApplication.translate("InstitutionDialog", u"www...", None))
        self.crestTitleLabel.setText(QCoreApplication.translate("InstitutionDialog", u"Escudo (membrete):", None))
        self.crestPreview.setText(QCoreApplication.translate("InstitutionDialog", u"Sin escudo", None))
        self.loadCrestButton.setText(QCoreApplication.translate("InstitutionDialog", u"Cargar imagen (PNG o JPG)\u2026", None))
        self.removeCrestButton.setText(QCoreApplication.translate("InstitutionDialog", u"Quitar escudo", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.generalTab), QCoreApplication.translate("InstitutionDialog", u"Datos generales", None))
        self.yearsTabHint.setText(QCoreApplication.translate("InstitutionDialog", u"Denominaci\u00f3n oficial de cada a\u00f1o (decreto supremo). Va entre comillas en la parte superior de todo documento. Mientras falte la de un a\u00f1o, se usa la del a\u00f1o anterior y la aplicaci\u00f3n lo advierte.", None))
#if QT_CONFIG(accessibility)
        self.yearNamesView.setAccessibleName(QCoreApplication.translate("InstitutionDialog", u"Nombres de los a\u00f1os", None))
#endif // QT_CONFIG(accessibility)
        self.addYearButton.setText(QCoreApplication.translate("InstitutionDialog", u"Agregar a\u00f1o", None))
        self.removeYearButton.setText(QCoreApplication.translate("InstitutionDialog", u"Quitar a\u00f1o", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.yearsTab), QCoreApplication.translate("InstitutionDialog", u"Denominaci\u00f3n del a\u00f1o", None))
        self.unitsTabHint.setText(QCoreApplication.translate("InstitutionDialog", u"Una unidad ya mencionada en alg\u00fan registro no se puede eliminar: desact\u00edvela.", None))
#if QT_CONFIG(accessibility)
        self.orgUnitsView.setAccessibleName(QCoreApplication.translate("InstitutionDialog", u"Unidades org\u00e1nicas", None))
#endif // QT_CONFIG(accessibility)
        self.addUnitButton.setText(QCoreApplication.translate("InstitutionDialog", u"Agregar unidad", None))
        self.toggleUnitButton.setText(QCoreApplication.translate("InstitutionDialog", u"Desactivar / reactivar", None))
        self.removeUnitButton.setText(QCoreApplication.translate("InstitutionDialog", u"Eliminar", None))
        self.moveUnitUpButton.setText(QCoreApplication.translate("InstitutionDialog", u"Subir", None))
        self.moveUnitDownButton.setText(QCoreApplication.translate("InstitutionDialog", u"Bajar", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.unitsTab), QCoreApplication.translate("InstitutionDialog", u"Unidades org\u00e1nicas", None))
        self.holdersTabHint.setText(QCoreApplication.translate("InstitutionDialog", u"Qui\u00e9n ocup\u00f3 cada cargo y desde qu\u00e9 fecha. Un documento de una fecha dada lleva la firma de quien ocupaba el cargo ese d\u00eda. Fechas como dd/mm/aaaa; deje \u00abHasta\u00bb vac\u00edo si sigue en el cargo.", None))
#if QT_CONFIG(accessibility)
        self.officeholdersView.setAccessibleName(QCoreApplication.translate("InstitutionDialog", u"Responsables de los cargos", None))
#endif // QT_CONFIG(accessibility)
        self.addHolderButton.setText(QCoreApplication.translate("InstitutionDialog", u"Agregar titular", None))
        self.removeHolderButton.setText(QCoreApplication.translate("InstitutionDialog", u"Quitar titular", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.holdersTab), QCoreApplication.translate("InstitutionDialog", u"Autoridades y funcionarios", None))
        self.errorSummaryLabel.setStyleSheet(QCoreApplication.translate("InstitutionDialog", u"color: #a40000;", None))
        self.errorSummaryLabel.setText("")
    # retranslateUi
