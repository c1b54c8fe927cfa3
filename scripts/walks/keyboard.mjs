// Not written yet.
export async function walkKeyboard() {
	return [];
}
